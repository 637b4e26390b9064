using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Counters;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Videos;

[CountsVisits(ViewedIdRouteKey = "id", Viewed = ViewedKind.Video)]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedVideos videos, PendingCounts pendingCounts) : PageModel
{
    private const int OthersCount = 4;

    public Video Video { get; private set; } = null!;
    public IReadOnlyList<VideoCard> Others { get; private set; } = [];
    public long ViewCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string videoSlug, int id, CancellationToken cancellationToken)
    {
        // A film without a source (its file removed) is not shown, published or not.
        if (await videos.FindAsync(id, cancellationToken) is not { HasSource: true } video)
        {
            return NotFound();
        }
        if (video.Slug != videoSlug)
        {
            return RedirectPermanent(SiteUrls.Video(video.Slug, video.Id));
        }
        Video = video;
        ViewCount = video.ViewCount + pendingCounts.ViewsOf(ViewedItem.Video(video.Id));
        Others = await videos.OthersThanAsync(id, OthersCount, cancellationToken);
        return Page();
    }
}
