using Microsoft.EntityFrameworkCore;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Documents;

/// <summary>A row of the newsroom's document list.</summary>
public sealed record NewsroomDocumentRow(int Id, string Title, string Number, string TypeName, bool IsPublished, DateOnly IssuedOn, int FileCount, bool HasScan, DateTime UpdatedAt);

/// <summary>Every document, published or not, as the newsroom lists and opens them.</summary>
public sealed class NewsroomDocuments(PortalDbContext db)
{
    public const int PageSize = 30;

    /// <param name="published">Only published (true) or only drafts (false); null for all.</param>
    /// <param name="text">Words of the summary, number or files, with or without tones.</param>
    /// <param name="page">From 1.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    public async Task<Paged<NewsroomDocumentRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken = default)
    {
        var query = db.LegalDocuments.AsNoTracking().FilteredFor(published, text);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new NewsroomDocumentRow(d.Id, d.Title, d.Number, d.Type!.Name, d.IsPublished, d.IssuedOn,
                d.Files.Count(f => f.ReplacedAt == null), d.Files.Any(f => f.ReplacedAt == null && f.IsScan), d.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new Paged<NewsroomDocumentRow>(rows, page, PageSize, total);
    }

    /// <summary>The document with every file, the replaced ones too (its history), what replaced it, and its related articles.</summary>
    public Task<LegalDocument?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.LegalDocuments.AsNoTracking().Include(d => d.Files.OrderBy(f => f.Id)).Include(d => d.SupersededBy)
            .Include(d => d.RelatedArticles.OrderBy(a => a.Id)).ThenInclude(a => a.Category)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>Any file, a replaced one or a draft's included.</summary>
    public Task<DocumentFile?> FindFileAsync(int fileId, CancellationToken cancellationToken = default) =>
        db.DocumentFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
}
