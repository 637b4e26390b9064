using TuyenGiao.Albums;
using TuyenGiao.Videos;

namespace TuyenGiao.Web.Pages.Shared;

/// <summary>The latest albums and videos, for the blocks on the home page and beside articles.</summary>
public sealed record MediaBlocks(IReadOnlyList<AlbumCard> Albums, IReadOnlyList<VideoCard> Videos)
{
    public static async Task<MediaBlocks> LatestAsync(PublishedAlbums albums, PublishedVideos videos, int count, CancellationToken cancellationToken) =>
        new(await albums.LatestAsync(count, cancellationToken), await videos.LatestAsync(count, cancellationToken));
}
