using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Review;

/// <summary>Duyệt bài: what waits for my review (editors), and what was returned to me.</summary>
[Authorize(Policy = Policies.Writing)]
public sealed class IndexModel(ArticleReview review) : PageModel
{
    public bool MayReview { get; private set; }
    public IReadOnlyList<ReviewItem> Waiting { get; private set; } = [];
    public IReadOnlyList<ReviewItem> Returned { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rights = User.ToRights();
        MayReview = rights.MayPublish;
        Waiting = await review.WaitingForAsync(rights, HttpContext.RequestAborted);
        Returned = await review.ReturnedToAsync(rights, HttpContext.RequestAborted);
    }
}
