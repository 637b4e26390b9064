using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Albums;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Albums;

/// <summary>"Thư viện ảnh": the published albums, newest event first.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedAlbums albums) : PageModel
{
    private const int PageSize = 12;

    public Paged<AlbumCard> Albums { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = SiteUrls.PageQueryKey)] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return NotFound();
        }
        Albums = await albums.PageAsync(page, PageSize, cancellationToken);
        return page > Albums.PageCount ? NotFound() : Page();
    }
}
