using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Text;

namespace TuyenGiao.Tests.Support;

/// <summary>Builds articles and categories for tests that need content they fully control.</summary>
public static class TestArticles
{
    public static Category Category(string name, Category? parent = null, bool showInMenu = true) => new()
    {
        Name = name,
        Slug = Slug.FromTitle(name),
        Parent = parent,
        ShowInMenu = showInMenu,
        DisplayOrder = 100,
    };

    public static Article Published(Category category, string title, DateTime publishedAt, string body = "Nội dung bài viết.") => new()
    {
        Title = title,
        Slug = Slug.FromTitle(title),
        Sapo = $"Tóm tắt: {title}",
        BodyMarkdown = body,
        Category = category,
        Status = ArticleStatus.Published,
        PublishedAt = publishedAt,
        CreatedAt = publishedAt,
        UpdatedAt = publishedAt,
    };
}
