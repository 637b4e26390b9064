using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Data;
using TuyenGiao.Settings;
using TuyenGiao.Text;
using TuyenGiao.Time;

namespace TuyenGiao.DemoContent;

public sealed class DemoContentSeeder(
    PortalDbContext db, DemoMediaSeeder media, DemoDocumentSeeder documents, DemoFrameSeeder frame, DemoReviewSeeder review, DemoPollSeeder polls,
    DemoContestSeeder contests, TimeProvider clock)
{
    private static readonly TimeSpan Spread = TimeSpan.FromDays(730);

    /// <summary>Seeds only a database with no settings, categories or articles at all.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.SiteSettings.AnyAsync(cancellationToken)
            || await db.Categories.AnyAsync(cancellationToken)
            || await db.Articles.AnyAsync(cancellationToken))
        {
            return false;
        }

        var content = DemoContentFile.Load();
        db.SiteSettings.Add(ToSettings(content.Settings));
        var categoriesBySlug = AddCategories(content.Categories);
        AddArticles(content.Articles, categoriesBySlug);
        await db.SaveChangesAsync(cancellationToken);
        await media.SeedAsync(content, cancellationToken);
        await documents.SeedAsync(content, cancellationToken);
        await frame.SeedAsync(content, cancellationToken);
        await review.SeedAsync(content, cancellationToken);
        await polls.SeedAsync(content, cancellationToken);
        await contests.SeedAsync(content, cancellationToken);
        return true;
    }

    private static SiteSettings ToSettings(DemoSettings s) => new()
    {
        SiteName = s.SiteName,
        BoardName = s.BoardName,
        Address = s.Address,
        Phone = s.Phone,
        Email = s.Email,
        FooterText = s.FooterText,
        ResponsiblePerson = s.ResponsiblePerson,
        LicenceNumber = s.LicenceNumber,
    };

    private Dictionary<string, Category> AddCategories(List<DemoCategory> demoCategories)
    {
        var bySlug = new Dictionary<string, Category>();
        for (var i = 0; i < demoCategories.Count; i++)
        {
            var parent = Add(demoCategories[i], i, null);
            var children = demoCategories[i].Children ?? [];
            for (var j = 0; j < children.Count; j++)
            {
                Add(children[j], j, parent);
            }
        }
        return bySlug;

        Category Add(DemoCategory demo, int order, Category? parent)
        {
            var category = new Category
            {
                Name = demo.Name,
                Slug = Slug.FromTitle(demo.Name),
                Description = demo.Description,
                DisplayOrder = order,
                ShowInMenu = demo.ShowInMenu,
                Parent = parent,
            };
            db.Categories.Add(category);
            bySlug.Add(category.Slug, category);
            return category;
        }
    }

    private void AddArticles(List<DemoArticle> demoArticles, Dictionary<string, Category> categoriesBySlug)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.ToLocal(now).Date;
        var daysApart = Spread.TotalDays / Math.Max(1, demoArticles.Count - 1);
        // Oldest first, so ids grow with publication time as they would on a live site.
        for (var i = demoArticles.Count - 1; i >= 0; i--)
        {
            var demo = demoArticles[i];
            // Newest first in the file; spread back over two years, each in newsroom hours (7:00 to 20:00).
            var localTime = today.AddDays(-Math.Round(i * daysApart)).AddMinutes(7 * 60 + (i * 53 % 780));
            // The newest went out an hour ago; the others are weeks back, so never in the future.
            var publishedAt = i == 0 ? now.AddHours(-1) : VietnamTime.ToUtc(localTime);
            db.Articles.Add(new Article
            {
                Title = demo.Title,
                Slug = Slug.FromTitle(demo.Title),
                Sapo = demo.Sapo,
                BodyMarkdown = demo.Body,
                CoverImageUrl = demo.Cover,
                CoverImageCaption = demo.Caption,
                AuthorLine = demo.Author,
                SourceLine = demo.Source,
                Category = categoriesBySlug.TryGetValue(demo.Category, out var category)
                    ? category
                    : throw new InvalidOperationException($"Demo article '{demo.Title}' names unknown category '{demo.Category}'."),
                Status = ArticleStatus.Published,
                PublishedAt = publishedAt,
                CreatedAt = publishedAt - TimeSpan.FromHours(2),
                UpdatedAt = publishedAt,
                IsFeatured = demo.Featured,
            });
        }
    }
}
