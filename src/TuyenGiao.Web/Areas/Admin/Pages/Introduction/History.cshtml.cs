using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Introduction;

/// <summary>An introduction page's earlier versions, each readable, each one button from coming back.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class HistoryModel(NewsroomIntroPages pages, IntroPageEditing editing) : PageModel
{
    public IntroPage Current { get; private set; } = null!;
    public IReadOnlyList<(IntroPageRevision Revision, IntroPageFields Fields)> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revisionId)
    {
        var result = await editing.RestoreAsync(id, revisionId, User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not null)
        {
            TempData["Notice"] = "Đã khôi phục bản cũ. Bản trước khi khôi phục vẫn còn trong Lịch sử sửa đổi.";
            return RedirectToPage("Edit", new { id });
        }
        if (result.Errors.IsEmpty)
        {
            return NotFound();
        }
        // This page has no fields: what is wrong with the restored text (a slug taken meanwhile) is said at its top.
        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(string.Empty, message);
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await pages.FindAsync(id, HttpContext.RequestAborted) is not { } current)
        {
            return false;
        }
        Current = current;
        Revisions = (await pages.RevisionsAsync(id, HttpContext.RequestAborted)).Select(r => (r, r.ReadFields())).ToList();
        return true;
    }
}
