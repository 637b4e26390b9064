using TuyenGiao.Videos;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Videos;

/// <summary>schema.org VideoObject, which search engines need to list a page as a video.</summary>
internal static class VideoObjectJsonLd
{
    public static string For(Video video, string url, Func<string, string> absolute, string publisherName) =>
        JsonLd.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "VideoObject",
            ["url"] = url,
            ["name"] = video.Title,
            ["description"] = Content.PlainText.FromMarkdown(video.DescriptionMarkdown) is { Length: > 0 } text ? text : video.Title,
            ["thumbnailUrl"] = video.PosterUrl is { } poster ? new[] { absolute(poster) } : null,
            ["uploadDate"] = video.PublishedAt?.ToString("O"),
            ["duration"] = video.DurationSeconds is { } seconds ? VideoDuration.Iso(seconds) : null,
            ["contentUrl"] = video.FileUrl is { } file ? absolute(file) : null,
            ["embedUrl"] = video.YouTubeId is { } id ? $"https://www.youtube-nocookie.com/embed/{id}" : null,
            ["inLanguage"] = "vi",
            ["publisher"] = JsonLd.Organization(publisherName),
        });
}
