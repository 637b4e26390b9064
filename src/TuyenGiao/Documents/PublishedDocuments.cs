using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Search;

namespace TuyenGiao.Documents;

/// <summary>The documents a reader may see: published ones. Every public page reads documents through here.</summary>
public sealed class PublishedDocuments(PortalDbContext db)
{
    private IQueryable<LegalDocument> Visible
    {
        get
        {
            // Compared with a parameter, not read as a bare condition: SQLite then takes IsPublished as an equality
            // on the (IsPublished, IssuedOn, …) index and reads that index in the list's order, newest first.
            var published = true;
            return db.LegalDocuments.AsNoTracking().Where(d => d.IsPublished == published);
        }
    }

    private static readonly Expression<Func<LegalDocument, DocumentCard>> CardOf = d =>
        new DocumentCard(d.Id, d.Title, d.Slug, d.Number, d.Type!.Name, d.Issuer!.Name, d.IssuedOn, d.Status, d.IssueName);

    /// <summary>Newest issued first, the filters combined; a number typed loosely ("45 nq tw") matches <c>45-NQ/TW</c>.</summary>
    public async Task<Paged<DocumentCard>> PageAsync(DocumentFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var matches = Matches(filter.Query);
        var documents = Filtered(filter, matches);
        // A query and no filter: on SQLite the matches are counted without reading a document (its full-text
        // table holds the published ones only; SQL Server's index holds drafts too).
        var countMatchesAlone = matches is not null && filter == DocumentFilter.None with { Query = filter.Query } && db.Database.IsSqlite();
        var total = countMatchesAlone ? await matches!.CountAsync(cancellationToken) : await documents.CountAsync(cancellationToken);
        var items = await Newest(documents).Skip((page - 1) * pageSize).Take(pageSize).Select(CardOf).ToListAsync(cancellationToken);
        return new Paged<DocumentCard>(items, page, pageSize, total);
    }

    public Task<List<DocumentCard>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        Newest(Visible).Take(count).Select(CardOf).ToListAsync(cancellationToken);

    /// <summary>The published ones among the ids, in the order given.</summary>
    public async Task<List<DocumentCard>> CardsAsync(List<int> ids, CancellationToken cancellationToken = default)
    {
        var cards = await Visible.Where(d => ids.Contains(d.Id)).Select(CardOf).ToListAsync(cancellationToken);
        return cards.OrderBy(c => ids.IndexOf(c.Id)).ToList();
    }

    /// <summary>
    /// The published documents linked to each article, newest issued first: "Văn bản liên quan" under it. Few
    /// documents are linked to articles, so one read of them all serves every article page until the content
    /// changes, where a query per page cost an uncached article page a sixth of its time.
    /// </summary>
    public async Task<Dictionary<int, List<DocumentCard>>> ByRelatedArticleAsync(CancellationToken cancellationToken = default)
    {
        var linked = Visible.Where(d => d.RelatedArticles.Any());
        var cards = await Newest(linked).Select(CardOf).ToListAsync(cancellationToken);
        var links = await linked.SelectMany(d => d.RelatedArticles, (d, a) => new { DocumentId = d.Id, ArticleId = a.Id }).ToListAsync(cancellationToken);
        var articlesOf = links.ToLookup(l => l.DocumentId, l => l.ArticleId);
        // Grouping keeps the cards' order, newest first, within each article.
        return cards.SelectMany(card => articlesOf[card.Id], (card, articleId) => (card, articleId))
            .GroupBy(link => link.articleId, link => link.card)
            .ToDictionary(group => group.Key, group => group.ToList());
    }

    /// <summary>The series an admin keeps, in the admin's order.</summary>
    public Task<List<DocumentLabel>> AllSeriesAsync(CancellationToken cancellationToken = default) =>
        db.DocumentLabels.AsNoTracking().Where(l => l.Kind == DocumentLabelKind.Series).OrderBy(l => l.Position).ThenBy(l => l.Name).ToListAsync(cancellationToken);

    public Task<DocumentLabel?> FindSeriesAsync(int id, CancellationToken cancellationToken = default) =>
        db.DocumentLabels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.Kind == DocumentLabelKind.Series, cancellationToken);

    /// <summary>Each series that has a published issue, with its newest, in the admin's order.</summary>
    public async Task<List<SeriesLatest>> LatestIssuesAsync(CancellationToken cancellationToken = default)
    {
        var latest = new List<SeriesLatest>();
        // A board keeps two or three series: one small query each.
        foreach (var series in await AllSeriesAsync(cancellationToken))
        {
            if (await Newest(Visible.Where(d => d.SeriesId == series.Id)).Select(CardOf).FirstOrDefaultAsync(cancellationToken) is { } issue)
            {
                latest.Add(new SeriesLatest(series, issue));
            }
        }
        return latest;
    }

    /// <summary>The document with its labels, its current files and the document that replaced it, if published.</summary>
    public Task<LegalDocument?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible.Include(d => d.Type).Include(d => d.Issuer).Include(d => d.Field).Include(d => d.Series)
            .Include(d => d.Files.Where(f => f.ReplacedAt == null).OrderBy(f => f.Id))
            .Include(d => d.SupersededBy)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>The published documents this one replaced: the other end of "bị thay thế bởi".</summary>
    public Task<List<DocumentCard>> ReplacedByAsync(int id, CancellationToken cancellationToken = default) =>
        Newest(Visible.Where(d => d.SupersededById == id)).Select(CardOf).ToListAsync(cancellationToken);

    /// <summary>A current file of a published document, for download.</summary>
    public Task<DocumentFile?> FindFileAsync(int fileId, CancellationToken cancellationToken = default) =>
        db.DocumentFiles.AsNoTracking()
            .Where(f => f.Id == fileId && f.ReplacedAt == null && db.LegalDocuments.Any(d => d.Id == f.DocumentId && d.IsPublished))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The years documents were issued in, newest first: the year filter's choices.</summary>
    public Task<List<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        Visible.Select(d => d.IssuedOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    /// <summary>For the sitemap.</summary>
    public Task<List<LegalDocument>> AllAsync(CancellationToken cancellationToken = default) =>
        Visible.OrderBy(d => d.Id).ToListAsync(cancellationToken);

    private IQueryable<LegalDocument> Filtered(DocumentFilter filter, IQueryable<int>? matches)
    {
        var documents = Visible;
        if (filter.TypeId is { } typeId)
        {
            documents = documents.Where(d => d.TypeId == typeId);
        }
        if (filter.IssuerId is { } issuerId)
        {
            documents = documents.Where(d => d.IssuerId == issuerId);
        }
        if (filter.FieldId is { } fieldId)
        {
            documents = documents.Where(d => d.FieldId == fieldId);
        }
        if (filter.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            documents = documents.Where(d => d.IssuedOn >= from && d.IssuedOn < to);
        }
        if (filter.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }
        if (filter.SeriesId is { } seriesId)
        {
            documents = documents.Where(d => d.SeriesId == seriesId);
        }
        // "+ 0" keeps SQLite from fetching every match by its id to sort them: it reads the (IsPublished,
        // IssuedOn, …) index newest first and stops at the page's last match (a common word matches thousands).
        return matches is not null ? documents.Where(d => matches.Contains(d.Id + 0)) : documents;
    }

    /// <summary>
    /// The published documents a query finds, by number (its start, however punctuated) or by words anywhere
    /// in the summary, the fields or the files' text; null for no query.
    /// </summary>
    private IQueryable<int>? Matches(string? text)
    {
        var query = SearchQuery.Parse(text ?? "");
        if (query.IsEmpty)
        {
            return null;
        }
        var byWords = WordMatches(query);
        var key = DocumentNumber.Key(query.Text);
        if (!DocumentNumber.LooksLikeNumber(key))
        {
            return byWords;
        }
        // Here IsPublished is a plain condition, not Visible's equality, so that SQLite searches the number's
        // index rather than reading every published document for its number.
        var published = db.LegalDocuments.Where(d => d.IsPublished);
        IQueryable<LegalDocument> byNumber;
        if (db.Database.IsSqlite())
        {
            // SQLite's LIKE ignores case and so cannot use an index. Keys are upper-case ASCII letters and
            // digits, compared byte by byte: every key that starts with this one sorts before this key with
            // its last character raised, so the index answers a range.
            var after = key[..^1] + (char)(key[^1] + 1);
            byNumber = published.Where(d => string.Compare(d.NumberKey, key) >= 0 && string.Compare(d.NumberKey, after) < 0);
        }
        else
        {
            // SQL Server seeks an index for a LIKE with a fixed start (and its collation would sort the raised character elsewhere).
            byNumber = published.Where(d => d.NumberKey.StartsWith(key));
        }
        return byNumber.Select(d => d.Id).Union(byWords);
    }

    private IQueryable<int> WordMatches(SearchQuery query)
    {
        if (db.Database.IsSqlite())
        {
            var match = FullTextIndex.SqliteMatch(query);
            return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DocumentSearch WHERE DocumentSearch MATCH {match}");
        }
        var contains = FullTextIndex.SqlServerContains(query);
        return db.Database.SqlQuery<int>($"SELECT [KEY] AS Value FROM CONTAINSTABLE(LegalDocuments, SearchText, {contains})");
    }

    private static IQueryable<LegalDocument> Newest(IQueryable<LegalDocument> documents) =>
        documents.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id);
}
