using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Content;

namespace TuyenGiao.Albums;

/// <summary>A row of the newsroom's album list.</summary>
public sealed record NewsroomAlbumRow(int Id, string Title, bool IsPublished, DateOnly EventDate, int PhotoCount, long ViewCount, DateTime UpdatedAt);

/// <summary>Every album, published or not, as the newsroom lists and opens them.</summary>
public sealed class NewsroomAlbums(PortalDbContext db)
{
    public const int PageSize = 30;

    /// <param name="published">Only published (true) or only drafts (false); null for all.</param>
    /// <param name="text">Words of the title, with or without tones.</param>
    /// <param name="page">From 1.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    public async Task<Paged<NewsroomAlbumRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Albums.AsNoTracking().FilteredFor(published, text);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new NewsroomAlbumRow(a.Id, a.Title, a.IsPublished, a.EventDate, a.Photos.Count, a.ViewCount, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new Paged<NewsroomAlbumRow>(rows, page, PageSize, total);
    }

    public Task<Album?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Albums.AsNoTracking().Include(a => a.Photos.OrderBy(p => p.Position)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>For the article editor's choice of an album to show at the end: newest first.</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> ChoicesAsync(CancellationToken cancellationToken = default) =>
        (await db.Albums.AsNoTracking().OrderByDescending(a => a.EventDate).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken))
        .Select(a => (a.Id, a.Title)).ToList();
}
