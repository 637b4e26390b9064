using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Articles;

namespace TuyenGiao.Web.Pages.Feedback;

/// <summary>Where a stored message lands (post, then redirect: a reload cannot send it twice).</summary>
public sealed class SentModel(PublishedArticles articles) : PageModel
{
    public Article? Article { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "bai")] int? articleId)
    {
        if (articleId is { } id)
        {
            Article = await articles.FindAsync(id, HttpContext.RequestAborted);
        }
    }
}
