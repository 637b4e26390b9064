using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Categories;
using TuyenGiao.Data;

namespace TuyenGiao.Articles;

/// <summary>
/// The articles a reader may see: published, and not dated in the future. Every public listing goes
/// through here so that no page can show a draft by forgetting a filter.
/// </summary>
public sealed class PublishedArticles(PortalDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<Article> Visible
    {
        get
        {
            var now = Now;
            return db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);
        }
    }

    public Task<List<ArticleCard>> FeaturedAsync(int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.Where(a => a.IsFeatured).OrderByDescending(a => a.PublishedAt).Take(count))
            .ToListAsync(cancellationToken);

    /// <summary>The latest across the site.</summary>
    public Task<List<ArticleCard>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.OrderByDescending(a => a.PublishedAt).Take(count)).ToListAsync(cancellationToken);

    /// <summary>The latest of a category; a top-level category's include its children's.</summary>
    public Task<List<ArticleCard>> LatestInAsync(
        int categoryId, bool isTopLevel, int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.InCategory(categoryId, isTopLevel).OrderByDescending(a => a.PublishedAt).Take(count))
            .ToListAsync(cancellationToken);

    /// <summary>A page of a category's articles; a top-level category's include its children's.</summary>
    public async Task<Paged<ArticleCard>> PageInAsync(
        Category category, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var inCategories = Visible.InCategory(category.Id, isTopLevel: category.ParentId is null);
        var total = await inCategories.CountAsync(cancellationToken);
        var items = await ToCards(inCategories
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new Paged<ArticleCard>(items, page, pageSize, total);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Visible.CountAsync(cancellationToken);

    /// <summary>One slice of all visible articles in id order, for the sitemap: URL parts and last change.</summary>
    public Task<List<ArticleLocation>> LocationsAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        Visible.OrderBy(a => a.Id).Skip(skip).Take(take)
            .Select(a => new ArticleLocation(a.Id, a.Slug, a.Category!.Slug, a.UpdatedAt))
            .ToListAsync(cancellationToken);

    // Declared before the compiled queries that use it: static fields are set in order.
    private static readonly Expression<Func<Article, ArticleCard>> CardOf = a => new ArticleCard(
        a.Id, a.Title, a.Slug, a.Sapo, a.Category!.Slug, a.Category.Name, a.CoverImageUrl, a.PublishedAt!.Value);

    // The article page's three queries run for every reader the page cache misses, so they are compiled
    // once: EF then skips rebuilding and hashing the LINQ tree on each call (see bench/RESULTS.md).
    // Each repeats the visibility filter of Visible, with the time as a parameter.
    private static readonly Func<PortalDbContext, int, DateTime, CancellationToken, Task<Article?>> FindVisible =
        EF.CompileAsyncQuery((PortalDbContext db, int id, DateTime now, CancellationToken _) =>
            db.Articles.AsNoTracking().Include(a => a.Category)
                .FirstOrDefault(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.Id == id));

    private static readonly Func<PortalDbContext, int, int, DateTime, IAsyncEnumerable<ArticleCard>> LatestInOneCategory =
        EF.CompileAsyncQuery((PortalDbContext db, int categoryId, int count, DateTime now) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.CategoryId == categoryId)
                .OrderByDescending(a => a.PublishedAt).Take(count).Select(CardOf));

    private static readonly Func<PortalDbContext, int, int, DateTime, IAsyncEnumerable<ArticleCard>> LatestOutsideCategory =
        EF.CompileAsyncQuery((PortalDbContext db, int categoryId, int count, DateTime now) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.CategoryId != categoryId)
                .OrderByDescending(a => a.PublishedAt).Take(count).Select(CardOf));

    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        FindVisible(db, id, Now, cancellationToken);

    /// <summary>The latest of one category, without its children's: what "Tin liên quan" picks from.</summary>
    public Task<List<ArticleCard>> LatestOfCategoryAsync(int categoryId, int count, CancellationToken cancellationToken = default) =>
        LatestInOneCategory(db, categoryId, count, Now).ToListAsync(cancellationToken).AsTask();

    /// <summary>"Các tin khác": the latest from the rest of the site, outside the category.</summary>
    public Task<List<ArticleCard>> LatestOutsideCategoryAsync(int categoryId, int count, CancellationToken cancellationToken = default) =>
        LatestOutsideCategory(db, categoryId, count, Now).ToListAsync(cancellationToken).AsTask();

    /// <summary>The published articles a document is linked to, newest first: "Bài viết liên quan" on its page.</summary>
    public Task<List<ArticleCard>> RelatedToDocumentAsync(int documentId, CancellationToken cancellationToken = default) =>
        ToCards(Visible.Where(a => db.LegalDocuments.Any(d => d.Id == documentId && d.RelatedArticles.Any(r => r.Id == a.Id)))
            .OrderByDescending(a => a.PublishedAt)).ToListAsync(cancellationToken);

    /// <summary>A page of a special topic's articles, newest first.</summary>
    public async Task<Paged<ArticleCard>> PageInTopicAsync(int topicId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var inTopic = InTopic(topicId);
        var total = await inTopic.CountAsync(cancellationToken);
        var items = await ToCards(inTopic.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new Paged<ArticleCard>(items, page, pageSize, total);
    }

    /// <summary>The latest of a special topic: its block on the home page, its feed.</summary>
    public Task<List<ArticleCard>> LatestInTopicAsync(int topicId, int count, CancellationToken cancellationToken = default) =>
        ToCards(InTopic(topicId).OrderByDescending(a => a.PublishedAt).Take(count)).ToListAsync(cancellationToken);

    private IQueryable<Article> InTopic(int topicId) =>
        Visible.Where(a => db.TopicArticles.Any(t => t.TopicId == topicId && t.ArticleId == a.Id));

    internal static IQueryable<ArticleCard> ToCards(IQueryable<Article> articles) => articles.Select(CardOf);
}
