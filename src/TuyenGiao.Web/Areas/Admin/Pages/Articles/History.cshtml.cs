using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

[Authorize(Policy = Policies.Newsroom)]
public sealed class HistoryModel(NewsroomArticles articles) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await articles.FindAsync(id, HttpContext.RequestAborted) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        Revisions = await articles.RevisionsAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
