using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Documents;
using TuyenGiao.Validation;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Documents;

/// <summary>The library's three lists (types, issuers, fields), kept by admins: add, rename, reorder, delete when unused.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class LabelsModel(DocumentLabels labels) : PageModel
{
    public IReadOnlyList<DocumentLabel> All { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The kind whose form a message belongs to, so it shows beside the right box.</summary>
    public DocumentLabelKind? FailedKind { get; private set; }

    /// <summary>The label whose row a message belongs to.</summary>
    public int? FailedId { get; private set; }

    /// <summary>What was typed into the failed form, shown again.</summary>
    public string? TypedName { get; private set; }

    public async Task OnGetAsync() => All = await labels.AllAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAddAsync(DocumentLabelKind kind, string? name)
    {
        var errors = await labels.AddAsync(kind, name ?? "", User.ToActor(), HttpContext.RequestAborted);
        if (errors.IsEmpty)
        {
            Notice = $"Đã thêm {DocumentLabels.KindName(kind)} “{name!.Trim()}”.";
            return RedirectToPage();
        }
        FailedKind = kind;
        TypedName = name;
        return await ShowAsync(errors, $"{kind}.");
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, string? name, int position)
    {
        var errors = await labels.SaveAsync(id, name ?? "", position, User.ToActor(), HttpContext.RequestAborted);
        if (errors is null)
        {
            return NotFound();
        }
        if (errors.IsEmpty)
        {
            Notice = "Đã lưu.";
            return RedirectToPage();
        }
        FailedId = id;
        TypedName = name;
        return await ShowAsync(errors, $"Label{id}.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var errors = await labels.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted);
        if (errors is null)
        {
            return NotFound();
        }
        if (errors.IsEmpty)
        {
            Notice = "Đã xóa.";
            return RedirectToPage();
        }
        FailedId = id;
        return await ShowAsync(errors, $"Label{id}.");
    }

    public IEnumerable<DocumentLabel> Of(DocumentLabelKind kind) => All.Where(l => l.Kind == kind);

    private async Task<IActionResult> ShowAsync(FieldErrors errors, string prefix)
    {
        ModelState.Clear();
        // A message about the whole row (a label in use) goes beside its name too.
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(prefix + (field.Length == 0 ? "Name" : field), message);
        }
        All = await labels.AllAsync(HttpContext.RequestAborted);
        return Page();
    }
}
