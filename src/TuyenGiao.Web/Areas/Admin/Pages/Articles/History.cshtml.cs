using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

[Authorize(Policy = Policies.Writing)]
public sealed class HistoryModel(NewsroomArticles articles) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var opened = await articles.OpenAsync(id, User.ToRights(), HttpContext.RequestAborted);
        if (opened.Article is not { } article)
        {
            return opened.Forbidden ? Forbid() : NotFound();
        }
        Article = article;
        Revisions = await articles.RevisionsAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
