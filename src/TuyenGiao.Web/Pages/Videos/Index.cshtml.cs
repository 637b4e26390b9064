using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Videos;

/// <summary>"Phim tư liệu": the published videos, newest first.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedVideos videos) : PageModel
{
    private const int PageSize = 12;

    public Paged<VideoCard> Videos { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = SiteUrls.PageQueryKey)] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return NotFound();
        }
        Videos = await videos.PageAsync(page, PageSize, cancellationToken);
        return page > Videos.PageCount ? NotFound() : Page();
    }
}
