using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Videos;

/// <summary>The videos a reader may see: published ones. Every public page reads videos through here.</summary>
public sealed class PublishedVideos(PortalDbContext db)
{
    private IQueryable<Video> Visible => db.Videos.AsNoTracking().Where(v => v.IsPublished);

    private static readonly Expression<Func<Video, VideoCard>> CardOf = v =>
        new VideoCard(v.Id, v.Title, v.Slug, v.PosterUrl, v.DurationSeconds, v.Date, v.PublishedAt!.Value);

    public async Task<Paged<VideoCard>> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await Visible.CountAsync(cancellationToken);
        var items = await Newest(Visible).Skip((page - 1) * pageSize).Take(pageSize).Select(CardOf).ToListAsync(cancellationToken);
        return new Paged<VideoCard>(items, page, pageSize, total);
    }

    public Task<List<VideoCard>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        Newest(Visible).Take(count).Select(CardOf).ToListAsync(cancellationToken);

    public Task<Video?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    /// <summary>"Phim khác": the newest others.</summary>
    public Task<List<VideoCard>> OthersThanAsync(int id, int count, CancellationToken cancellationToken = default) =>
        Newest(Visible.Where(v => v.Id != id)).Take(count).Select(CardOf).ToListAsync(cancellationToken);

    /// <summary>For the sitemap.</summary>
    public Task<List<Video>> AllAsync(CancellationToken cancellationToken = default) =>
        Visible.OrderBy(v => v.Id).ToListAsync(cancellationToken);

    /// <summary>Films whose folded title or description holds every term of the query.</summary>
    public Task<List<VideoCard>> SearchAsync(IReadOnlyList<string> foldedWords, int count, CancellationToken cancellationToken = default)
    {
        return Newest(Visible.ContainingAll(foldedWords)).Take(count).Select(CardOf).ToListAsync(cancellationToken);
    }

    private static IQueryable<Video> Newest(IQueryable<Video> videos) =>
        videos.OrderByDescending(v => v.Date).ThenByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id);
}
