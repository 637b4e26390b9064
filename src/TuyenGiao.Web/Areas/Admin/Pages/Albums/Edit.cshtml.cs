using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Albums;
using TuyenGiao.Categories;
using TuyenGiao.Content;
using TuyenGiao.Validation;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Albums;

/// <summary>
/// Making an album (New.cshtml) and editing one (Edit.cshtml): one form for the album's fields and every
/// photo's caption, credit, order and removal. Photos come in through the form's own upload button
/// (without JavaScript) or one by one from the page's script, each with its own progress bar.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
// A form without JavaScript may bring twenty 10 MB photos at once.
[RequestSizeLimit(MaxFormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
public sealed class EditModel(NewsroomAlbums albums, AlbumEditing editing, SiteCategories categories, TimeProvider clock) : PageModel
{
    private const long MaxFormBytes = 256L * 1024 * 1024;

    [BindProperty]
    public AlbumForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public Album? Saved { get; private set; }
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Saved is null ? AlbumForm.New(clock) : AlbumForm.From(Saved);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id, List<IFormFile>? uploads) => SaveAsync(id, PublicationChoice.Keep, uploads);

    public Task<IActionResult> OnPostPublishAsync(int id) => SaveAsync(id, PublicationChoice.Publish, null);

    public Task<IActionResult> OnPostUnpublishAsync(int id) => SaveAsync(id, PublicationChoice.Unpublish, null);

    /// <summary>Without JavaScript: the form is saved as typed and the chosen photos are added to it.</summary>
    public Task<IActionResult> OnPostUploadAsync(int? id, List<IFormFile>? uploads) => SaveAsync(id, PublicationChoice.Keep, uploads);

    /// <summary>The page's script sends photos here one at a time; the answer is the new photo's row of the form.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? upload)
    {
        if (upload is null || upload.Length == 0)
        {
            return PhotoRefused("Vui lòng chọn ảnh để tải lên.");
        }
        await using var stream = upload.OpenReadStream();
        var (photo, errors) = await editing.AddPhotoAsync(id, stream, upload.FileName, User.ToActor(), HttpContext.RequestAborted);
        if (photo is null)
        {
            return PhotoRefused(errors[AlbumEditing.PhotosField]!);
        }
        return Partial("_PhotoRow", new PhotoRowView(photo, PhotoForm.From(photo), IsCover: false));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        if (confirm && await editing.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted))
        {
            Notice = "Đã xóa album và các ảnh của nó.";
            return RedirectToPage("Index");
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        Form = AlbumForm.From(Saved!);
        ModelState.AddModelError("confirm", "Hãy đánh dấu ô xác nhận trước khi xóa.");
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int? id, PublicationChoice choice, List<IFormFile>? uploads)
    {
        if (!ModelState.IsValid)
        {
            return await ShowFormAsync(id);
        }
        var actor = User.ToActor();
        var result = id is { } existing
            ? await editing.SaveAsync(existing, Form.ToFields(), choice, actor, HttpContext.RequestAborted)
            : await editing.CreateAsync(Form.ToFields(), actor, HttpContext.RequestAborted);
        if (result.Item is not { } album)
        {
            if (result == EditResult<Album>.NotFound)
            {
                return NotFound();
            }
            ModelState.AddFieldErrors(result.Errors);
            return await ShowFormAsync(id);
        }
        var refused = new List<string>();
        var added = 0;
        foreach (var file in uploads?.Where(f => f.Length > 0) ?? [])
        {
            await using var stream = file.OpenReadStream();
            var (photo, errors) = await editing.AddPhotoAsync(album.Id, stream, file.FileName, actor, HttpContext.RequestAborted);
            if (photo is null)
            {
                refused.Add(errors[AlbumEditing.PhotosField]!);
            }
            else
            {
                added++;
            }
        }
        if (refused.Count > 0)
        {
            // The album and the accepted photos are saved; the page comes back saying which files were not.
            await LoadAsync(album.Id);
            Id = album.Id;
            ModelState.Clear();
            Form = AlbumForm.From(Saved!);
            ModelState.AddFieldErrors(FieldErrors.Of(AlbumEditing.PhotosField, string.Join(" ", refused)));
            return Page();
        }
        Notice = choice switch
        {
            PublicationChoice.Publish => "Đã xuất bản album.",
            PublicationChoice.Unpublish => "Đã gỡ album khỏi trang công khai.",
            _ when added > 0 => $"Đã lưu và thêm {added} ảnh.",
            _ => album.IsPublished ? "Đã lưu. Album đang hiện trên trang công khai." : "Đã lưu bản nháp.",
        };
        return RedirectToPage("Edit", new { id = album.Id });
    }

    private JsonResult PhotoRefused(string message) =>
        new(new { error = message }) { StatusCode = StatusCodes.Status400BadRequest };

    /// <summary>Where a button posts: this same page (New or Edit, which share this model) and the button's handler.</summary>
    public string HandlerUrl(string handler) => Url.Page(Id is null ? "New" : "Edit", handler, new { id = Id })!;

    private async Task<IActionResult> ShowFormAsync(int? id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int? id)
    {
        Id = id;
        Categories = await categories.AllAsync(HttpContext.RequestAborted);
        if (id is null)
        {
            return true;
        }
        Saved = await albums.FindAsync(id.Value, HttpContext.RequestAborted);
        return Saved is not null;
    }
}
