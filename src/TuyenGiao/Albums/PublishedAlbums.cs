using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Albums;

/// <summary>The albums a reader may see: published ones. Every public page reads albums through here.</summary>
public sealed class PublishedAlbums(PortalDbContext db)
{
    private IQueryable<Album> Visible => db.Albums.AsNoTracking().Where(a => a.IsPublished);

    private static readonly Expression<Func<Album, AlbumCard>> CardOf = a => new AlbumCard(
        a.Id, a.Title, a.Slug,
        a.Photos.Where(p => p.Id == a.CoverPhotoId).Select(p => p.ImageUrl).FirstOrDefault(),
        a.Photos.Count, a.EventDate, a.PublishedAt!.Value);

    /// <summary>Newest first: by the day of the event, then by publication.</summary>
    public async Task<Paged<AlbumCard>> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await Visible.CountAsync(cancellationToken);
        var items = await Newest(Visible).Skip((page - 1) * pageSize).Take(pageSize).Select(CardOf).ToListAsync(cancellationToken);
        return new Paged<AlbumCard>(items, page, pageSize, total);
    }

    public Task<List<AlbumCard>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        Newest(Visible).Take(count).Select(CardOf).ToListAsync(cancellationToken);

    /// <summary>The album with its photos in order, or null if it is not published.</summary>
    public Task<Album?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible.Include(a => a.Category).Include(a => a.Photos.OrderBy(p => p.Position))
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>For the sitemap: every published album with its photos.</summary>
    public Task<List<Album>> AllWithPhotosAsync(CancellationToken cancellationToken = default) =>
        Visible.Include(a => a.Photos.OrderBy(p => p.Position)).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Albums whose folded title or description holds every term of the query.</summary>
    public Task<List<AlbumCard>> SearchAsync(IReadOnlyList<string> foldedWords, int count, CancellationToken cancellationToken = default)
    {
        return Newest(Visible.ContainingAll(foldedWords)).Take(count).Select(CardOf).ToListAsync(cancellationToken);
    }

    private static IQueryable<Album> Newest(IQueryable<Album> albums) =>
        albums.OrderByDescending(a => a.EventDate).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
}
