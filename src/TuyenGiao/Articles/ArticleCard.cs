namespace TuyenGiao.Articles;

/// <summary>What a list of articles shows about each one: enough for a link, a thumbnail and a date.</summary>
public sealed record ArticleCard(
    int Id,
    string Title,
    string Slug,
    string Sapo,
    string CategorySlug,
    string CategoryName,
    string? CoverImageUrl,
    DateTime PublishedAt);
