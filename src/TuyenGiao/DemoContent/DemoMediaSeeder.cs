using Microsoft.EntityFrameworkCore;
using TuyenGiao.Albums;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
using TuyenGiao.Time;
using TuyenGiao.Videos;

namespace TuyenGiao.DemoContent;

/// <summary>
/// The demo albums and film, made through the same services an editor's go through (upload pipeline,
/// editing, publishing), so the first run shows "Thư viện ảnh" and "Phim tư liệu" as they will look.
/// </summary>
public sealed class DemoMediaSeeder(
    PortalDbContext db, AlbumEditing albums, VideoEditing videos, VideoFileUploads videoFiles, ImageUploads images, TimeProvider clock)
{
    internal async Task SeedAsync(DemoContentFile content, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock.GetUtcNow().UtcDateTime);
        foreach (var demo in content.Albums)
        {
            await AddAlbumAsync(demo, today, cancellationToken);
        }
        foreach (var demo in content.Videos)
        {
            await AddVideoAsync(demo, today, cancellationToken);
        }
    }

    private async Task AddAlbumAsync(DemoAlbum demo, DateOnly today, CancellationToken cancellationToken)
    {
        var categoryId = demo.Category is null ? null : await db.Categories.Where(c => c.Slug == demo.Category).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var created = await albums.CreateAsync(new AlbumFields(demo.Title, demo.Description, today.AddDays(-demo.DaysAgo), categoryId, null, []), Actor.System, cancellationToken);
        var album = created.Item ?? throw new InvalidOperationException($"Demo album '{demo.Title}': {string.Join("; ", created.Errors.Select(e => e.Value))}");
        var photos = new List<PhotoFields>();
        for (var i = 0; i < demo.Photos.Count; i++)
        {
            var photo = demo.Photos[i];
            using var painted = new MemoryStream(DemoPhotos.Paint(photo.Scene, i));
            var (added, errors) = await albums.AddPhotoAsync(album.Id, painted, $"{photo.Scene}-{i + 1}.jpg", Actor.System, cancellationToken);
            var id = added?.Id ?? throw new InvalidOperationException($"Demo photo '{photo.Caption}': {errors[AlbumEditing.PhotosField]}");
            photos.Add(new PhotoFields(id, photo.Caption, photo.Credit, i + 1, Remove: false));
        }
        var fields = new AlbumFields(album.Title, album.DescriptionMarkdown, album.EventDate, album.CategoryId, photos[0].Id, photos);
        await albums.SaveAsync(album.Id, fields, PublicationChoice.Publish, Actor.System, cancellationToken);
        if (demo.ShownInArticle is { } articleTitle)
        {
            await db.Articles.Where(a => a.Title == articleTitle)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.AlbumId, album.Id), cancellationToken);
        }
    }

    private async Task AddVideoAsync(DemoVideo demo, DateOnly today, CancellationToken cancellationToken)
    {
        using var painted = new MemoryStream(DemoPhotos.Paint(demo.PosterScene, 0));
        var poster = await images.SaveAsync(painted, "poster.jpg", Actor.System, cancellationToken);
        var fields = new VideoFields(demo.Title, demo.Description, today.AddDays(-demo.DaysAgo), demo.Duration, null, poster.Image?.Url);
        var created = await videos.CreateAsync(fields, Actor.System, cancellationToken);
        var video = created.Item ?? throw new InvalidOperationException($"Demo video '{demo.Title}': {string.Join("; ", created.Errors.Select(e => e.Value))}");
        await using var file = typeof(DemoMediaSeeder).Assembly.GetManifestResourceStream($"TuyenGiao.DemoContent.{demo.File}")
            ?? throw new InvalidOperationException($"{demo.File} is not embedded in the assembly.");
        var stored = await videoFiles.SaveAsync(file, demo.File, cancellationToken);
        await videos.AttachFileAsync(video.Id, stored.File ?? throw new InvalidOperationException(stored.Error), Actor.System, cancellationToken);
        await videos.SaveAsync(video.Id, fields, PublicationChoice.Publish, Actor.System, cancellationToken);
    }
}
