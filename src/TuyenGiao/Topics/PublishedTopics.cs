using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Topics;

/// <summary>What readers' pages read of the special topics: published ones only.</summary>
public sealed class PublishedTopics(PortalDbContext db)
{
    public Task<SpecialTopic?> BySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.SpecialTopics.AsNoTracking().FirstOrDefaultAsync(t => t.IsPublished && t.Slug == slug, cancellationToken);

    /// <summary>All published topics, the newest first: the list at /chuyen-de.</summary>
    public Task<List<SpecialTopic>> AllAsync(CancellationToken cancellationToken = default) =>
        db.SpecialTopics.AsNoTracking().Where(t => t.IsPublished).OrderByDescending(t => t.StartsAt).ToListAsync(cancellationToken);

    /// <summary>Published topics not yet ended (those still to come too): the home page picks the running ones as it renders.</summary>
    public Task<List<SpecialTopic>> NotEndedAsync(DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.SpecialTopics.AsNoTracking().Where(t => t.IsPublished && (t.EndsAt == null || t.EndsAt > utcNow))
            .OrderByDescending(t => t.StartsAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The published topics each article belongs to, by name, for the links under it: read once for all
    /// articles and kept by the article page until the content changes, rather than a query per page.
    /// </summary>
    public async Task<Dictionary<int, List<SpecialTopic>>> ByArticleAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.SpecialTopics.AsNoTracking().Where(t => t.IsPublished).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var ids = published.Select(t => t.Id).ToList();
        var articlesOf = (await db.TopicArticles.AsNoTracking().Where(a => ids.Contains(a.TopicId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.TopicId, a => a.ArticleId);
        // Grouping keeps the topics' order, by name, within each article.
        return published.SelectMany(topic => articlesOf[topic.Id], (topic, articleId) => (topic, articleId))
            .GroupBy(link => link.articleId, link => link.topic)
            .ToDictionary(group => group.Key, group => group.ToList());
    }

    /// <summary>Whether a topic starts or ends after one moment and up to another: then cached pages must be rendered again.</summary>
    public Task<bool> AnyBoundaryBetweenAsync(DateTime after, DateTime until, CancellationToken cancellationToken = default) =>
        db.SpecialTopics.AnyAsync(t => t.IsPublished && ((t.StartsAt > after && t.StartsAt <= until) || (t.EndsAt > after && t.EndsAt <= until)), cancellationToken);
}
