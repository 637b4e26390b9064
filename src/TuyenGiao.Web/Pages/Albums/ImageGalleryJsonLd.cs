using TuyenGiao.Albums;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Albums;

/// <summary>schema.org ImageGallery: the album and each photo with its caption and credit.</summary>
internal static class ImageGalleryJsonLd
{
    public static string For(Album album, string url, Func<string, string> absolute, string publisherName) =>
        JsonLd.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ImageGallery",
            ["url"] = url,
            ["name"] = album.Title,
            ["description"] = Content.PlainText.FromMarkdown(album.DescriptionMarkdown) is { Length: > 0 } text ? text : null,
            ["dateCreated"] = album.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["datePublished"] = album.PublishedAt?.ToString("O"),
            ["inLanguage"] = "vi",
            ["publisher"] = JsonLd.Organization(publisherName),
            ["image"] = album.Photos.Select(photo => JsonLd.Present(new Dictionary<string, object?>
            {
                ["@type"] = "ImageObject",
                ["contentUrl"] = absolute(photo.ImageUrl),
                ["width"] = photo.Width,
                ["height"] = photo.Height,
                ["caption"] = photo.Caption.Length > 0 ? photo.Caption : null,
                ["creditText"] = photo.Credit,
            })).ToList(),
        });
}
