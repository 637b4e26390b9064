using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

/// <summary>One earlier version of an article, shown as readers would have seen it, with a button to bring it back.</summary>
[Authorize(Policy = Policies.Writing)]
public sealed class RevisionModel(NewsroomArticles articles, ArticleEditing editing, ArticlePreview preview, SiteCategories categories) : PageModel
{
    public Article Current { get; private set; } = null!;
    public ArticleRevision Revision { get; private set; } = null!;
    public ArticleContent Saved { get; private set; } = null!;
    public Article Rendered { get; private set; } = null!;
    public IReadOnlyList<string> DiffersFromCurrent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int revisionId) => await LoadAsync(id, revisionId) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revisionId, int version)
    {
        var result = await editing.RestoreAsync(id, revisionId, version, User.ToRights(), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                TempData["Notice"] = "Đã khôi phục bản cũ. Bản trước khi khôi phục vẫn còn trong Lịch sử.";
                return RedirectToPage("Edit", new { id });
            case SaveOutcome.Conflict:
                ModelState.AddModelError(string.Empty, "Bài viết vừa được người khác lưu. Hãy xem lại bản này so với bản hiện tại rồi khôi phục lại nếu vẫn cần.");
                return await LoadAsync(id, revisionId) ?? Page();
            case SaveOutcome.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>Null when loaded; otherwise what to answer (not found, or not this account's).</summary>
    private async Task<IActionResult?> LoadAsync(int id, int revisionId)
    {
        var opened = await articles.OpenAsync(id, User.ToRights(), HttpContext.RequestAborted);
        if (opened.Article is not { } current)
        {
            return opened.Forbidden ? Forbid() : NotFound();
        }
        var revision = await articles.RevisionAsync(id, revisionId, HttpContext.RequestAborted);
        if (revision is null)
        {
            return NotFound();
        }
        Current = current;
        Revision = revision;
        Saved = revision.ReadContent();
        var category = await categories.FindAsync(Saved.CategoryId, HttpContext.RequestAborted) ?? current.Category!;
        Rendered = preview.Build(Saved, category, current.PublishedAt ?? revision.SavedAt);
        DiffersFromCurrent = ArticleContent.Of(current).ChangedSince(Saved);
        return null;
    }
}
