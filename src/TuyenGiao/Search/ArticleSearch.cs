using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Search;

/// <summary>
/// Finds published articles by the folded text kept on each article: SQLite's FTS5 index or SQL
/// Server's full-text index over the same two columns, ranked so a title match outweighs a body match.
/// </summary>
public sealed class ArticleSearch(PortalDbContext db, TimeProvider clock)
{
    // How much more a word in the title counts than the same word in the body.
    private const double TitleWeight = 10.0;

    public async Task<Paged<SearchHit>> SearchAsync(
        SearchQuery query, SearchFilters filters, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
        {
            return new Paged<SearchHit>([], page, pageSize, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var found = from match in Matches(query)
                    join article in db.Articles on match.ArticleId equals article.Id
                    where article.Status == ArticleStatus.Published && article.PublishedAt <= now
                    select new { Article = article, match.Score };
        if (filters.CategoryIds is { } categoryIds)
        {
            found = found.Where(f => categoryIds.Contains(f.Article.CategoryId));
        }
        if (filters.FromUtc is { } from)
        {
            found = found.Where(f => f.Article.PublishedAt >= from);
        }
        if (filters.BeforeUtc is { } before)
        {
            found = found.Where(f => f.Article.PublishedAt < before);
        }

        var total = await found.CountAsync(cancellationToken);
        var cards = await PublishedArticles.ToCards(found
                .OrderByDescending(f => f.Score).ThenByDescending(f => f.Article.PublishedAt)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(f => f.Article))
            .ToListAsync(cancellationToken);
        var ids = cards.Select(c => c.Id).ToList();
        var bodies = await db.Articles.Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.BodyMarkdown, cancellationToken);

        var words = query.Words;
        var hits = cards.Select(card => new SearchHit(
                card,
                SearchHighlighter.Highlight(card.Title, words),
                SearchHighlighter.Snippet(PlainText.ForSnippet(card.Sapo, bodies[card.Id]), words)))
            .ToList();
        return new Paged<SearchHit>(hits, page, pageSize, total);
    }

    private IQueryable<FullTextMatch> Matches(SearchQuery query)
    {
        if (db.Database.IsSqlite())
        {
            // bm25 is lower for better matches; negated so that both engines rank higher-is-better.
            var match = FullTextQuery.ForSqlite(query);
            return db.Database.SqlQuery<FullTextMatch>($"""
                SELECT rowid AS ArticleId, -bm25(ArticleSearch, {TitleWeight}, 1.0) AS Score
                FROM ArticleSearch WHERE ArticleSearch MATCH {match}
                """);
        }
        var contains = FullTextQuery.ForSqlServer(query);
        return db.Database.SqlQuery<FullTextMatch>($"""
            SELECT text.[KEY] AS ArticleId, CAST(text.[RANK] + {TitleWeight} * ISNULL(title.[RANK], 0) AS float) AS Score
            FROM CONTAINSTABLE(Articles, SearchText, {contains}) AS text
            LEFT JOIN CONTAINSTABLE(Articles, SearchTitle, {contains}) AS title ON title.[KEY] = text.[KEY]
            """);
    }
}

/// <summary>One row of a full-text engine's answer.</summary>
public sealed class FullTextMatch
{
    public int ArticleId { get; set; }
    public double Score { get; set; }
}
