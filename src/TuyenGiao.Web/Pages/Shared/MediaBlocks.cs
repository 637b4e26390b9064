using TuyenGiao.Albums;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;

namespace TuyenGiao.Web.Pages.Shared;

/// <summary>The latest albums and videos, for the blocks on the home page and beside articles.</summary>
public sealed record MediaBlocks(IReadOnlyList<AlbumCard> Albums, IReadOnlyList<VideoCard> Videos)
{
    /// <summary>Kept in memory between changes of the content (<see cref="PublicContentMemo"/>).</summary>
    public static Task<MediaBlocks> LatestAsync(
        PublicContentMemo memo, PublishedAlbums albums, PublishedVideos videos, int count, CancellationToken cancellationToken) =>
        memo.GetAsync($"media-blocks:{count}",
            async () => new MediaBlocks(await albums.LatestAsync(count, cancellationToken), await videos.LatestAsync(count, cancellationToken)),
            cancellationToken);
}
