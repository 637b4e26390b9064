using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.DemoContent;

public sealed class DemoContentSeederTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<bool> SeedAsync()
    {
        await using var db = _database.CreateContext();
        return await new DemoContentSeeder(db, TimeProvider.System).SeedIfEmptyAsync();
    }

    [Fact]
    public async Task An_empty_database_gets_nested_categories_and_forty_articles_over_two_years()
    {
        Assert.True(await SeedAsync());

        await using var db = _database.CreateContext();
        var categories = await db.Categories.ToListAsync();
        Assert.True(categories.Count >= 6, $"{categories.Count} categories");
        Assert.Contains(categories, c => c.ParentId is not null);
        Assert.All(categories, c => Assert.Matches("^[a-z0-9-]+$", c.Slug));

        var articles = await db.Articles.ToListAsync();
        Assert.True(articles.Count >= 40, $"{articles.Count} articles");
        Assert.All(articles, a => Assert.Equal(ArticleStatus.Published, a.Status));
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.BodyHtml)));
        var span = articles.Max(a => a.PublishedAt!.Value) - articles.Min(a => a.PublishedAt!.Value);
        Assert.InRange(span.TotalDays, 700, 740);
        Assert.True(articles.Max(a => a.PublishedAt!.Value) < DateTime.UtcNow);
        Assert.Contains(articles, a => a.IsFeatured);
        Assert.Single(await db.SiteSettings.ToListAsync());
    }

    [Fact]
    public async Task A_database_with_any_content_is_left_exactly_as_it_was()
    {
        await using (var db = _database.CreateContext())
        {
            db.Categories.Add(TestArticles.Category("Chuyên mục của ban"));
            await db.SaveChangesAsync();
        }

        Assert.False(await SeedAsync());

        await using var check = _database.CreateContext();
        Assert.Equal(["Chuyên mục của ban"], await check.Categories.Select(c => c.Name).ToListAsync());
        Assert.Empty(await check.Articles.ToListAsync());
        Assert.Empty(await check.SiteSettings.ToListAsync());
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        Assert.True(await SeedAsync());
        Assert.False(await SeedAsync());

        await using var db = _database.CreateContext();
        Assert.Equal(40, await db.Articles.CountAsync());
    }
}
