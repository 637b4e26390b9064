using Microsoft.EntityFrameworkCore;
using TuyenGiao.Content;
using TuyenGiao.Data;

namespace TuyenGiao.Media;

/// <summary>
/// Takes uploads off the disk when what they belonged to is deleted: an album's photos, a video's file
/// and poster. An image an article still shows is kept (an editor may have copied its address).
/// </summary>
public sealed class MediaFiles(PortalDbContext db, MediaStorage storage)
{
    /// <summary>Deletes an uploaded image's copies and its record, unless an article shows it. Call before SaveChanges.</summary>
    public async Task DeleteImageAsync(string url, CancellationToken cancellationToken)
    {
        var usedByArticle = await db.Articles.AnyAsync(a => a.CoverImageUrl == url || a.BodyMarkdown.Contains(url), cancellationToken);
        if (usedByArticle)
        {
            return;
        }
        foreach (var copy in ResponsiveImages.StoredCopies(url))
        {
            DeleteFile(copy);
        }
        await db.MediaImages.Where(i => i.Url == url).ExecuteDeleteAsync(cancellationToken);
    }

    public void DeleteFile(string url)
    {
        if (storage.PathOf(url) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
