using System.Globalization;
using System.Xml;

namespace TuyenGiao.Web.Feeds;

/// <summary>Writes sitemaps.org XML: an index of sitemap files, or one file's URLs.</summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Some feed readers and crawlers reject XML that starts with a byte-order mark.
    private static readonly System.Text.UTF8Encoding NoByteOrderMark = new(encoderShouldEmitUTF8Identifier: false);

    public static Task WriteIndexAsync(HttpContext context, IEnumerable<string> sitemapPaths) =>
        WriteAsync(context, "sitemapindex", "sitemap", sitemapPaths.Select(path => (path, (DateTime?)null)));

    public static Task WriteUrlsAsync(HttpContext context, IEnumerable<(string Path, DateTime? LastModified)> urls) =>
        WriteAsync(context, "urlset", "url", urls);

    private static async Task WriteAsync(HttpContext context, string root, string entry, IEnumerable<(string Path, DateTime? LastModified)> items)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = NoByteOrderMark });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, Namespace);
        foreach (var (path, lastModified) in items)
        {
            await xml.WriteStartElementAsync(null, entry, Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, SiteUrls.Absolute(context.Request, path));
            if (lastModified is { } modified)
            {
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }
}
