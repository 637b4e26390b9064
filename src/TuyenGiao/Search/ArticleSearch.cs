using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Search;

/// <summary>
/// Finds published articles through a full-text index over the folded text kept on each article:
/// SQLite's FTS5 table, or SQL Server's full-text index on the same two columns.
/// Ranking, in two tiers: articles with every query term in the title first, then the rest; newest
/// first within each tier. (bm25 over tens of thousands of matches of a common phrase like "tuyen
/// giao" costs more than the page's whole time budget, and for news the newest match is the one wanted.)
/// Matches are counted exactly up to <see cref="CountedExactlyUpTo"/> (or to the page asked for): counting
/// all 55,000 articles that say "tuyên giáo" took most of a search's time, and a reader is told
/// "more than 1,000" as usefully.
/// </summary>
public sealed class ArticleSearch(PortalDbContext db, TimeProvider clock)
{
    public const int CountedExactlyUpTo = 1000;

    public async Task<Paged<SearchHit>> SearchAsync(
        SearchQuery query, SearchFilters filters, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
        {
            return new Paged<SearchHit>([], page, pageSize, 0);
        }

        var index = FullTextIndex.For(db, query);
        var visible = Filtered(filters);
        var inTitle = visible.Where(a => index.TitleMatches.Contains(a.Id));
        var elsewhere = visible.Where(a => index.Matches.Contains(a.Id) && !index.TitleMatches.Contains(a.Id));
        // Without filters the index alone can count: it holds published articles only (on SQLite).
        var countByIndex = filters == new SearchFilters() && index.CanCountAlone;
        var skip = (page - 1) * pageSize;
        // One more than is counted exactly: reaching it says there are more, and the pages up to it exist.
        var countLimit = Math.Max(CountedExactlyUpTo, skip + pageSize) + 1;
        var total = countByIndex
            ? await index.CountMatchesAsync(countLimit, cancellationToken)
            // Ordered by id (the table's own order, free) so that where counting stops is defined.
            : await visible.Where(a => index.Matches.Contains(a.Id)).OrderBy(a => a.Id).Take(countLimit).CountAsync(cancellationToken);

        // Where the title tier ends matters only once a page reaches past it. Page 1 does not count it:
        // a full page needs nothing from the second tier, a short one has just shown the whole tier. Past
        // page 1 it is counted only as far as this page: a tier that long fills the page by itself.
        List<ArticleCard> cards;
        int inTitleCount;
        if (skip == 0)
        {
            cards = await PageOf(inTitle, 0, pageSize, cancellationToken);
            inTitleCount = cards.Count;
        }
        else
        {
            inTitleCount = countByIndex
                ? await index.CountTitleMatchesAsync(skip + pageSize, cancellationToken)
                : await inTitle.OrderBy(a => a.Id).Take(skip + pageSize).CountAsync(cancellationToken);
            cards = skip < inTitleCount ? await PageOf(inTitle, skip, pageSize, cancellationToken) : [];
        }
        if (cards.Count < pageSize && skip + cards.Count < total)
        {
            cards.AddRange(await PageOf(elsewhere, Math.Max(0, skip - inTitleCount), pageSize - cards.Count, cancellationToken));
        }
        return new Paged<SearchHit>(await ToHitsAsync(cards, query.Words, cancellationToken), page, pageSize, total, TotalIsAtLeast: total == countLimit);
    }

    private IQueryable<Article> Filtered(SearchFilters filters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var articles = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);
        if (filters.Category is { } category)
        {
            articles = articles.InCategory(category.Id, isTopLevel: category.ParentId is null);
        }
        if (filters.FromUtc is { } from)
        {
            articles = articles.Where(a => a.PublishedAt >= from);
        }
        if (filters.BeforeUtc is { } before)
        {
            articles = articles.Where(a => a.PublishedAt < before);
        }
        return articles;
    }

    private static Task<List<ArticleCard>> PageOf(IQueryable<Article> tier, int skip, int take, CancellationToken cancellationToken) =>
        PublishedArticles.ToCards(tier.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip(skip).Take(take))
            .ToListAsync(cancellationToken);

    private async Task<List<SearchHit>> ToHitsAsync(List<ArticleCard> cards, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var ids = cards.Select(c => c.Id).ToList();
        var bodies = await db.Articles.Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.BodyMarkdown, cancellationToken);
        return cards.Select(card => new SearchHit(
                card,
                SearchHighlighter.Highlight(card.Title, words),
                SearchHighlighter.Snippet(PlainText.ForSnippet(card.Sapo, bodies[card.Id]), words)))
            .ToList();
    }
}
