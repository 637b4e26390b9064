using Microsoft.EntityFrameworkCore;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Media;

/// <summary>
/// Takes uploads off the disk when what they belonged to is deleted: an album's photos, a video's file
/// and poster. An image something else still shows is kept (an editor may have copied its address).
/// </summary>
public sealed class MediaFiles(PortalDbContext db, MediaStorage storage)
{
    /// <summary>
    /// Deletes uploaded images' copies and records, except those an article, an album or a film still
    /// shows. Call once what used them is saved without them.
    /// </summary>
    public async Task DeleteImagesAsync(IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            var stillShown = await db.Articles.AnyAsync(a => a.CoverImageUrl == url || a.BodyMarkdown.Contains(url), cancellationToken)
                || await db.AlbumPhotos.AnyAsync(p => p.ImageUrl == url, cancellationToken)
                || await db.Videos.AnyAsync(v => v.PosterUrl == url, cancellationToken);
            if (stillShown)
            {
                continue;
            }
            foreach (var copy in ResponsiveImages.StoredCopies(url))
            {
                DeleteFile(copy);
            }
            await db.MediaImages.Where(i => i.Url == url).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public void DeleteFile(string url)
    {
        if (storage.PathOf(url) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
