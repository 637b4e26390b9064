using System.Globalization;
using TuyenGiao.Albums;
using TuyenGiao.Content;
using TuyenGiao.Videos;

namespace TuyenGiao.Web.Feeds;

/// <summary>The sitemap entries of albums (with every photo, Google's image extension) and videos (its video extension).</summary>
internal static class MediaSitemaps
{
    public static IEnumerable<SitemapEntry> Albums(HttpRequest request, IEnumerable<Album> albums) =>
        albums.Select(album => new SitemapEntry(SiteUrls.Album(album.Slug, album.Id), album.UpdatedAt, async xml =>
        {
            foreach (var photo in album.Photos)
            {
                await xml.WriteStartElementAsync("image", "image", Sitemap.ImageNamespace);
                await xml.WriteElementStringAsync("image", "loc", Sitemap.ImageNamespace, SiteUrls.Absolute(request, photo.ImageUrl));
                await xml.WriteEndElementAsync();
            }
        }));

    public static IEnumerable<SitemapEntry> Videos(HttpRequest request, IEnumerable<Video> videos) =>
        videos.Where(v => v.HasSource).Select(video => new SitemapEntry(SiteUrls.Video(video.Slug, video.Id), video.UpdatedAt,
            // Google lists a video only with a thumbnail; one without a poster is an ordinary page.
            video.PosterUrl is not { } poster ? null : async xml =>
            {
                const string ns = Sitemap.VideoNamespace;
                await xml.WriteStartElementAsync("video", "video", ns);
                await xml.WriteElementStringAsync("video", "thumbnail_loc", ns, SiteUrls.Absolute(request, poster));
                await xml.WriteElementStringAsync("video", "title", ns, video.Title);
                var description = PlainText.FromMarkdown(video.DescriptionMarkdown);
                await xml.WriteElementStringAsync("video", "description", ns, description.Length > 0 ? description : video.Title);
                if (video.FileUrl is { } file)
                {
                    await xml.WriteElementStringAsync("video", "content_loc", ns, SiteUrls.Absolute(request, file));
                }
                else
                {
                    await xml.WriteElementStringAsync("video", "player_loc", ns, $"https://www.youtube-nocookie.com/embed/{video.YouTubeId}");
                }
                if (video.DurationSeconds is { } seconds)
                {
                    await xml.WriteElementStringAsync("video", "duration", ns, seconds.ToString(CultureInfo.InvariantCulture));
                }
                if (video.PublishedAt is { } published)
                {
                    await xml.WriteElementStringAsync("video", "publication_date", ns, Sitemap.Timestamp(published));
                }
                await xml.WriteEndElementAsync();
            }));
}
