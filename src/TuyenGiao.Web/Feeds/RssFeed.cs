using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using TuyenGiao.Articles;

namespace TuyenGiao.Web.Feeds;

/// <summary>One entry of a feed: an article, or a document of the library.</summary>
/// <param name="Title">As the page titles it.</param>
/// <param name="Path">The page's path on the site.</param>
/// <param name="Description">Plain text: a sapo, a document's summary.</param>
/// <param name="Category">A category's name, a document's type.</param>
/// <param name="PublishedAt">UTC.</param>
internal sealed record RssItem(string Title, string Path, string Description, string Category, DateTime PublishedAt)
{
    public static RssItem Of(ArticleCard article) => new(article.Title, SiteUrls.Article(article), article.Sapo, article.CategoryName, article.PublishedAt);
}

/// <summary>Writes an RSS 2.0 channel.</summary>
internal static class RssFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    // Some feed readers and crawlers reject XML that starts with a byte-order mark.
    private static readonly System.Text.UTF8Encoding NoByteOrderMark = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(HttpContext context, string title, string description, IReadOnlyList<RssItem> items)
    {
        var request = context.Request;
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Indent = true, Encoding = NoByteOrderMark });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "rss", null);
        await xml.WriteAttributeStringAsync(null, "version", null, "2.0");
        await xml.WriteAttributeStringAsync("xmlns", "atom", null, AtomNamespace);
        await xml.WriteStartElementAsync(null, "channel", null);
        await xml.WriteElementStringAsync(null, "title", null, title);
        await xml.WriteElementStringAsync(null, "link", null, SiteUrls.Absolute(request, "/"));
        await xml.WriteElementStringAsync(null, "description", null, AsHtmlText(description));
        await xml.WriteElementStringAsync(null, "language", null, "vi");
        if (items.Count > 0)
        {
            await xml.WriteElementStringAsync(null, "lastBuildDate", null, Rfc822(items.Max(a => a.PublishedAt)));
        }
        await xml.WriteStartElementAsync("atom", "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "href", null, SiteUrls.Absolute(request, request.Path));
        await xml.WriteAttributeStringAsync(null, "rel", null, "self");
        await xml.WriteAttributeStringAsync(null, "type", null, "application/rss+xml");
        await xml.WriteEndElementAsync();

        foreach (var item in items)
        {
            var url = SiteUrls.Absolute(request, item.Path);
            await xml.WriteStartElementAsync(null, "item", null);
            await xml.WriteElementStringAsync(null, "title", null, item.Title);
            await xml.WriteElementStringAsync(null, "link", null, url);
            await xml.WriteStartElementAsync(null, "guid", null);
            await xml.WriteAttributeStringAsync(null, "isPermaLink", null, "true");
            await xml.WriteStringAsync(url);
            await xml.WriteEndElementAsync();
            await xml.WriteElementStringAsync(null, "description", null, AsHtmlText(item.Description));
            await xml.WriteElementStringAsync(null, "category", null, item.Category);
            await xml.WriteElementStringAsync(null, "pubDate", null, Rfc822(item.PublishedAt));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>
    /// Feed readers render an RSS description as HTML. Sapos, summaries and category descriptions are plain text, so
    /// they go out encoded as HTML text: a "&lt;" an editor typed shows as a "&lt;", never as markup.
    /// </summary>
    private static string AsHtmlText(string text) => TextAsHtml.Encode(text);

    // Vietnamese letters stay letters; only what HTML would read as markup is encoded.
    private static readonly HtmlEncoder TextAsHtml = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Rfc822(DateTime utc) => utc.ToString("r", CultureInfo.InvariantCulture);
}
