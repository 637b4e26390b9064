using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Content;
using TuyenGiao.Documents;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// Making a document (New.cshtml) and editing one (Edit.cshtml): its fields, its files (added, replaced
/// with the old one kept as history, removed), publishing under the confidentiality guard, deleting.
/// Only an admin's override of the guard is passed on; an editor's is dropped here.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
[DocumentUploadLimits]
public sealed class EditModel(NewsroomDocuments documents, DocumentEditing editing, DocumentFileUploads uploads, DocumentLabels labels, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DocumentForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public LegalDocument? Saved { get; private set; }
    public IReadOnlyList<DocumentLabel> Labels { get; private set; } = [];
    public long MaxFileBytes => uploads.MaxBytes;
    public bool IsAdmin => User.IsInRole(Roles.Admin);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Saved is null ? DocumentForm.New(clock) : DocumentForm.From(Saved);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id) => SaveAsync(id, PublicationChoice.Keep);

    public Task<IActionResult> OnPostPublishAsync(int id) => SaveAsync(id, PublicationChoice.Publish);

    public Task<IActionResult> OnPostUnpublishAsync(int id) => SaveAsync(id, PublicationChoice.Unpublish);

    /// <summary>Adds files, one after another; those refused are named beside the field, the others are kept.</summary>
    public async Task<IActionResult> OnPostUploadAsync(int id, List<IFormFile> files, bool overrideConfidentiality)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var refusals = new List<string>();
        var added = 0;
        foreach (var file in files.Where(f => f.Length > 0))
        {
            var error = await AttachAsync(id, file, replacesFileId: null, overrideConfidentiality);
            if (error is null)
            {
                added++;
            }
            else
            {
                refusals.Add(error);
            }
        }
        if (added == 0 && refusals.Count == 0)
        {
            refusals.Add($"Vui lòng chọn ít nhất một tệp {DocumentFileFormats.Accepted}.");
        }
        return await AfterFilesAsync(id, added > 0 ? $"Đã tải lên {added} tệp." : null, refusals, "files");
    }

    /// <summary>Puts a new file in the place of a current one, which stays in the history.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(int id, int fileId, IFormFile? replacement, bool overrideConfidentiality)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var error = replacement is { Length: > 0 }
            ? await AttachAsync(id, replacement, fileId, overrideConfidentiality)
            : "Vui lòng chọn tệp thay thế.";
        return await AfterFilesAsync(id, error is null ? "Đã thay tệp. Tệp cũ được giữ trong lịch sử." : null, error is null ? [] : [error], $"replacement-{fileId}");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId)
    {
        if (!await editing.RemoveFileAsync(id, fileId, User.ToActor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }
        Notice = "Đã xóa tệp.";
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        if (confirm && await editing.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted))
        {
            Notice = "Đã xóa văn bản và các tệp của nó.";
            return RedirectToPage("Index");
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        Form = DocumentForm.From(Saved!);
        ModelState.AddModelError("confirm", "Hãy đánh dấu ô xác nhận trước khi xóa.");
        return Page();
    }

    private async Task<string?> AttachAsync(int id, IFormFile file, int? replacesFileId, bool overrideConfidentiality)
    {
        if (file.Length > uploads.MaxBytes)
        {
            return uploads.TooLarge(file.FileName);
        }
        await using var stream = file.OpenReadStream();
        var stored = await uploads.SaveAsync(stream, file.FileName, HttpContext.RequestAborted);
        if (stored.File is not { } saved)
        {
            return stored.Error;
        }
        var errors = await editing.AttachFileAsync(id, saved, replacesFileId, IsAdmin && overrideConfidentiality, User.ToActor(), HttpContext.RequestAborted);
        return errors.IsEmpty ? null : string.Join(" ", errors.Select(e => e.Value));
    }

    private async Task<IActionResult> AfterFilesAsync(int id, string? notice, List<string> refusals, string field)
    {
        if (refusals.Count == 0)
        {
            Notice = notice;
            return RedirectToPage("Edit", new { id });
        }
        await LoadAsync(id);
        ModelState.Clear();
        Form = DocumentForm.From(Saved!);
        Notice = notice;
        foreach (var refusal in refusals)
        {
            ModelState.AddModelError(field, refusal);
        }
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int? id, PublicationChoice choice)
    {
        if (!ModelState.IsValid)
        {
            return await ShowFormAsync(id);
        }
        var fields = Form.ToFields();
        var result = id is { } existing
            ? await editing.SaveAsync(existing, fields, choice, IsAdmin && Form.OverrideConfidentiality, User.ToActor(), HttpContext.RequestAborted)
            : await editing.CreateAsync(fields, User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not { } document)
        {
            if (result == EditResult<LegalDocument>.NotFound)
            {
                return NotFound();
            }
            ModelState.AddFieldErrors(result.Errors);
            return await ShowFormAsync(id);
        }
        Notice = choice switch
        {
            PublicationChoice.Publish => "Đã xuất bản văn bản.",
            PublicationChoice.Unpublish => "Đã gỡ văn bản khỏi trang công khai.",
            _ when id is null => "Đã tạo văn bản. Bây giờ hãy tải tệp đính kèm lên.",
            _ => document.IsPublished ? "Đã lưu. Văn bản đang hiện trên trang công khai." : "Đã lưu bản nháp.",
        };
        return RedirectToPage("Edit", new { id = document.Id });
    }

    public string HandlerUrl(string handler) => Url.Page(Id is null ? "New" : "Edit", handler, new { id = Id })!;

    public IEnumerable<DocumentLabel> LabelsOf(DocumentLabelKind kind) => Labels.Where(l => l.Kind == kind);

    private async Task<IActionResult> ShowFormAsync(int? id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int? id)
    {
        Id = id;
        Labels = await labels.AllAsync(HttpContext.RequestAborted);
        if (id is null)
        {
            return true;
        }
        Saved = await documents.FindAsync(id.Value, HttpContext.RequestAborted);
        return Saved is not null;
    }
}
