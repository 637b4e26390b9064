using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Content;

namespace TuyenGiao.Videos;

/// <summary>A row of the newsroom's video list.</summary>
public sealed record NewsroomVideoRow(int Id, string Title, bool IsPublished, DateOnly Date, bool HasFile, bool OnYouTube, long ViewCount, DateTime UpdatedAt);

/// <summary>Every video, published or not, as the newsroom lists and opens them.</summary>
public sealed class NewsroomVideos(PortalDbContext db)
{
    public const int PageSize = 30;

    /// <param name="published">Only published (true) or only drafts (false); null for all.</param>
    /// <param name="text">Words of the title, with or without tones.</param>
    /// <param name="page">From 1.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    public async Task<Paged<NewsroomVideoRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Videos.AsNoTracking().FilteredFor(published, text);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(v => v.UpdatedAt).ThenByDescending(v => v.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(v => new NewsroomVideoRow(v.Id, v.Title, v.IsPublished, v.Date, v.FileUrl != null, v.YouTubeId != null, v.ViewCount, v.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new Paged<NewsroomVideoRow>(rows, page, PageSize, total);
    }

    public Task<Video?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Videos.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
}
