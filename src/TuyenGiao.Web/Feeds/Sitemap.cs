using System.Globalization;
using System.Xml;

namespace TuyenGiao.Web.Feeds;

/// <summary>One URL of a sitemap; <paramref name="Extension"/> writes what Google's image or video extension adds to it.</summary>
internal sealed record SitemapEntry(string Path, DateTime? LastModified, Func<XmlWriter, Task>? Extension = null);

/// <summary>Writes sitemaps.org XML: an index of sitemap files, or one file's URLs.</summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string ImageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";
    public const string VideoNamespace = "http://www.google.com/schemas/sitemap-video/1.1";

    // Some feed readers and crawlers reject XML that starts with a byte-order mark.
    private static readonly System.Text.UTF8Encoding NoByteOrderMark = new(encoderShouldEmitUTF8Identifier: false);

    public static Task WriteIndexAsync(HttpContext context, IEnumerable<string> sitemapPaths) =>
        WriteAsync(context, "sitemapindex", "sitemap", sitemapPaths.Select(path => new SitemapEntry(path, null)));

    public static Task WriteUrlsAsync(HttpContext context, IEnumerable<(string Path, DateTime? LastModified)> urls) =>
        WriteUrlsAsync(context, urls.Select(url => new SitemapEntry(url.Path, url.LastModified)));

    public static Task WriteUrlsAsync(HttpContext context, IEnumerable<SitemapEntry> urls) =>
        WriteAsync(context, "urlset", "url", urls);

    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteAsync(HttpContext context, string root, string entry, IEnumerable<SitemapEntry> items)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = NoByteOrderMark });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, Namespace);
        var list = items.ToList();
        if (list.Any(i => i.Extension is not null))
        {
            await xml.WriteAttributeStringAsync("xmlns", "image", null, ImageNamespace);
            await xml.WriteAttributeStringAsync("xmlns", "video", null, VideoNamespace);
        }
        foreach (var item in list)
        {
            await xml.WriteStartElementAsync(null, entry, Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, SiteUrls.Absolute(context.Request, item.Path));
            if (item.LastModified is { } modified)
            {
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, Timestamp(modified));
            }
            if (item.Extension is { } extension)
            {
                await extension(xml);
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }
}
