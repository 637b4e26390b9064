using TuyenGiao.Articles;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Articles;

/// <summary>schema.org NewsArticle for search engines, as JSON safe to place inside a script element.</summary>
internal static class NewsArticleJsonLd
{
    public static string For(Article article, string url, string? imageUrl, string publisherName) =>
        JsonLd.Serialize(new Dictionary<string, object?>
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
                ? JsonLd.Organization(publisherName)
                : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.AuthorLine },
            ["publisher"] = JsonLd.Organization(publisherName),
        });
}
