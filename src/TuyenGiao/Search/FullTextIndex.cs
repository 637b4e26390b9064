using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Search;

/// <summary>
/// The ids a provider's full-text index matches for a query, as subqueries the search composes with
/// its filters (<c>Id IN (SELECT …)</c>, a shape both engines plan well). Every term is quoted in the
/// engine's syntax, so nothing a reader types is read as an operator.
/// </summary>
internal sealed class FullTextIndex
{
    private readonly PortalDbContext _db;
    private readonly string _match;
    private readonly string _titleMatch;

    private FullTextIndex(PortalDbContext db, string match, string titleMatch, IQueryable<int> matches, IQueryable<int> titleMatches)
    {
        _db = db;
        _match = match;
        _titleMatch = titleMatch;
        Matches = matches;
        TitleMatches = titleMatches;
    }

    /// <summary>Articles with every term somewhere in title, sapo or body.</summary>
    public IQueryable<int> Matches { get; }

    /// <summary>Articles with every term in the title.</summary>
    public IQueryable<int> TitleMatches { get; }

    /// <summary>SQLite's index holds only published articles, so it can count matches without a join.</summary>
    public bool CanCountAlone => _db.Database.IsSqlite();

    public static FullTextIndex For(PortalDbContext db, SearchQuery query)
    {
        if (db.Database.IsSqlite())
        {
            var match = SqliteMatch(query);
            var titleMatch = $"SearchTitle : ({match})";
            return new FullTextIndex(db, match, titleMatch,
                db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match}"),
                db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {titleMatch}"));
        }
        var contains = SqlServerContains(query);
        return new FullTextIndex(db, contains, contains,
            db.Database.SqlQuery<int>($"SELECT [KEY] AS Value FROM CONTAINSTABLE(Articles, SearchText, {contains})"),
            db.Database.SqlQuery<int>($"SELECT [KEY] AS Value FROM CONTAINSTABLE(Articles, SearchTitle, {contains})"));
    }

    /// <summary>FTS5's MATCH expression: terms side by side are all required; a quoted phrase must appear in order.</summary>
    public static string SqliteMatch(SearchQuery query) => string.Join(' ', QuotedTerms(query));

    /// <summary>SQL Server's CONTAINS condition: every term, each a quoted phrase.</summary>
    public static string SqlServerContains(SearchQuery query) => string.Join(" AND ", QuotedTerms(query));

    private static List<string> QuotedTerms(SearchQuery query) =>
        query.Terms.Select(term => $"\"{string.Join(' ', term).Replace("\"", "\"\"", StringComparison.Ordinal)}\"").ToList();

    /// <summary>How many articles match, counted as far as <paramref name="limit"/>: the index stops reading there.</summary>
    public Task<int> CountMatchesAsync(int limit, CancellationToken cancellationToken) => CountAsync(_match, limit, cancellationToken);

    public Task<int> CountTitleMatchesAsync(int limit, CancellationToken cancellationToken) => CountAsync(_titleMatch, limit, cancellationToken);

    private Task<int> CountAsync(string match, int limit, CancellationToken cancellationToken) =>
        _db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM (SELECT 1 FROM ArticleSearch WHERE ArticleSearch MATCH {match} LIMIT {limit})")
            .SingleAsync(cancellationToken);
}
