namespace TuyenGiao.Articles;

/// <summary>Where an article lives and when it last changed: what a sitemap lists.</summary>
public sealed record ArticleLocation(int Id, string Slug, string CategorySlug, DateTime UpdatedAt);
