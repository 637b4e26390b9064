using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Data;
using TuyenGiao.Text;

namespace TuyenGiao.Articles;

/// <summary>The filters of the newsroom's article list; every one optional.</summary>
public sealed record NewsroomFilter(ArticleStatus? Status = null, int? CategoryId = null, string? AuthorId = null, string? Text = null);

/// <summary>A row of the newsroom's article list.</summary>
public sealed record NewsroomRow(
    int Id, string Title, ArticleStatus Status, string CategoryName, string? CreatedById,
    DateTime? PublishedAt, DateTime UpdatedAt, bool IsFeatured, long ViewCount);

/// <summary>An article the newsroom asked to open: absent, refused to this account, or there.</summary>
public sealed record OpenedArticle(Article? Article, bool Forbidden);

/// <summary>Every article, whatever its status, as the newsroom lists and counts them.</summary>
public sealed class NewsroomArticles(PortalDbContext db, ArticleAccess access)
{
    public const int PageSize = 30;

    /// <summary>Newest edits first, of the articles the account may open.</summary>
    public async Task<Paged<NewsroomRow>> PageAsync(NewsroomFilter filter, EditorialRights rights, int page, CancellationToken cancellationToken = default)
    {
        var query = Filtered(await access.VisibleAsync(rights, cancellationToken), filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new NewsroomRow(a.Id, a.Title, a.Status, a.Category!.Name, a.CreatedById,
                a.PublishedAt, a.UpdatedAt, a.IsFeatured, a.ViewCount))
            .ToListAsync(cancellationToken);
        return new Paged<NewsroomRow>(rows, page, PageSize, total);
    }

    /// <summary>How many articles of each status match the other filters: the tabs above the list.</summary>
    public async Task<IReadOnlyDictionary<ArticleStatus, int>> CountByStatusAsync(NewsroomFilter filter, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var counts = await Filtered(await access.VisibleAsync(rights, cancellationToken), filter with { Status = null })
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<ArticleStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
    }

    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking().Include(a => a.Category).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The article, if this account may open it (see <see cref="ArticleAccess"/>).</summary>
    public async Task<OpenedArticle> OpenAsync(int id, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } article)
        {
            return new OpenedArticle(null, Forbidden: false);
        }
        return await access.MayOpenAsync(article, rights, cancellationToken) ? new OpenedArticle(article, false) : new OpenedArticle(null, Forbidden: true);
    }

    public Task<List<ArticleRevision>> RevisionsAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Who made the newest save of an article.</summary>
    public Task<string?> LastSavedByAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Id)
            .Select(r => r.SavedByName).FirstOrDefaultAsync(cancellationToken);

    public Task<ArticleRevision?> RevisionAsync(int articleId, int revisionId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == articleId && r.Id == revisionId, cancellationToken);

    private static IQueryable<Article> Filtered(IQueryable<Article> query, NewsroomFilter filter)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId || a.Category!.ParentId == categoryId);
        }
        if (!string.IsNullOrEmpty(filter.AuthorId))
        {
            query = query.Where(a => a.CreatedById == filter.AuthorId);
        }
        // Matched on the folded title, so "tuyen giao" finds "Tuyên giáo" here as on the public site.
        var folded = VietnameseText.Fold(filter.Text ?? "").Trim();
        if (folded.Length > 0)
        {
            query = query.Where(a => a.SearchTitle.Contains(folded));
        }
        return query;
    }
}
