using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Albums;
using TuyenGiao.Counters;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Albums;

[CountsVisits(ViewedIdRouteKey = "id", Viewed = ViewedKind.Album)]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedAlbums albums, PendingCounts pendingCounts) : PageModel
{
    private const int OthersCount = 4;

    public Album Album { get; private set; } = null!;
    public IReadOnlyList<AlbumCard> Others { get; private set; } = [];
    public long ViewCount { get; private set; }

    public AlbumPhoto? Cover => Album.Photos.FirstOrDefault(p => p.Id == Album.CoverPhotoId) ?? Album.Photos.FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(string albumSlug, int id, CancellationToken cancellationToken)
    {
        if (await albums.FindAsync(id, cancellationToken) is not { } album)
        {
            return NotFound();
        }
        if (album.Slug != albumSlug)
        {
            return RedirectPermanent(SiteUrls.Album(album.Slug, album.Id));
        }
        Album = album;
        ViewCount = album.ViewCount + pendingCounts.ViewsOf(ViewedItem.Album(album.Id));
        Others = (await albums.LatestAsync(OthersCount + 1, cancellationToken)).Where(a => a.Id != id).Take(OthersCount).ToList();
        return Page();
    }
}
