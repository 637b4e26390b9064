using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Articles;

/// <summary>
/// The articles a reader may see: published, and not dated in the future. Every public listing goes
/// through here so that no page can show a draft by forgetting a filter.
/// </summary>
public sealed class PublishedArticles(PortalDbContext db, TimeProvider clock)
{
    private IQueryable<Article> Visible
    {
        get
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);
        }
    }

    public Task<List<ArticleCard>> FeaturedAsync(int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.Where(a => a.IsFeatured).OrderByDescending(a => a.PublishedAt).Take(count))
            .ToListAsync(cancellationToken);

    /// <summary>The latest across the site, or within some categories when given.</summary>
    public Task<List<ArticleCard>> LatestAsync(int count, IReadOnlyCollection<int>? categoryIds = null, CancellationToken cancellationToken = default) =>
        categoryIds is null
            ? ToCards(Visible.OrderByDescending(a => a.PublishedAt).Take(count)).ToListAsync(cancellationToken)
            : LatestInAsync(categoryIds, count, cancellationToken);

    public Task<List<ArticleCard>> LatestInAsync(
        IReadOnlyCollection<int> categoryIds, int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.Where(a => categoryIds.Contains(a.CategoryId)).OrderByDescending(a => a.PublishedAt).Take(count))
            .ToListAsync(cancellationToken);

    public async Task<Paged<ArticleCard>> PageInAsync(
        IReadOnlyCollection<int> categoryIds, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var inCategories = Visible.Where(a => categoryIds.Contains(a.CategoryId));
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

    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible.Include(a => a.Category).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>"Tin liên quan": the latest others of the same category.</summary>
    public Task<List<ArticleCard>> RelatedToAsync(Article article, int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.Where(a => a.CategoryId == article.CategoryId && a.Id != article.Id)
                .OrderByDescending(a => a.PublishedAt).Take(count))
            .ToListAsync(cancellationToken);

    /// <summary>"Các tin khác": the latest from the rest of the site.</summary>
    public Task<List<ArticleCard>> OthersThanAsync(Article article, int count, CancellationToken cancellationToken = default) =>
        ToCards(Visible.Where(a => a.CategoryId != article.CategoryId)
                .OrderByDescending(a => a.PublishedAt).Take(count))
            .ToListAsync(cancellationToken);

    internal static IQueryable<ArticleCard> ToCards(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(
            a.Id, a.Title, a.Slug, a.Sapo, a.Category!.Slug, a.Category.Name, a.CoverImageUrl, a.PublishedAt!.Value));
}
