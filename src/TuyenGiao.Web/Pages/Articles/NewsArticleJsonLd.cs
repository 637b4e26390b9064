using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TuyenGiao.Articles;

namespace TuyenGiao.Web.Pages.Articles;

/// <summary>schema.org NewsArticle for search engines, as JSON safe to place inside a script element.</summary>
internal static class NewsArticleJsonLd
{
    // The default JavaScript encoder escapes <, >, & and quotes even with all ranges allowed, so the
    // text can never close the script element it sits in.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string For(Article article, string url, string? imageUrl, string publisherName) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["mainEntityOfPage"] = url,
            ["headline"] = article.Title,
            ["description"] = article.Sapo,
            ["image"] = imageUrl is null ? null : new[] { imageUrl },
            ["datePublished"] = article.PublishedAt?.ToString("O"),
            ["dateModified"] = article.UpdatedAt.ToString("O"),
            ["articleSection"] = article.Category?.Name,
            ["inLanguage"] = "vi",
            ["author"] = string.IsNullOrWhiteSpace(article.AuthorLine)
                ? new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = publisherName }
                : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.AuthorLine },
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = publisherName },
        }.Where(p => p.Value is not null).ToDictionary(), Options);
}
