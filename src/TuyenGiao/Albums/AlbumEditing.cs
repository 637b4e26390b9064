using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
using TuyenGiao.Text;
using TuyenGiao.Validation;

namespace TuyenGiao.Albums;

/// <summary>
/// Every newsroom write to an album: create, save (captions, order, cover, removals, publishing), add a
/// photo, delete. Each writes its audit line in the same save as the change.
/// </summary>
public sealed class AlbumEditing(
    PortalDbContext db, AuditLog audit, ImageUploads uploads, MediaFiles files, MarkdownRenderer renderer, TimeProvider clock)
{
    /// <summary>The field the album's photos as a whole are about (an empty album, an upload).</summary>
    public const string PhotosField = nameof(AlbumFields.Photos);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<AlbumResult> CreateAsync(AlbumFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = await CheckAsync(fields, [], AlbumChoice.Keep, cancellationToken);
        if (!errors.IsEmpty)
        {
            return new AlbumResult(null, errors);
        }
        var album = new Album { Title = "", Slug = "", CreatedAt = Now };
        Apply(album, fields);
        db.Albums.Add(album);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "Tạo album ảnh", AuditRecordTypes.Album, album.Id, album.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new AlbumResult(album, FieldErrors.None);
    }

    public async Task<AlbumResult> SaveAsync(int id, AlbumFields fields, AlbumChoice choice, Actor actor, CancellationToken cancellationToken = default)
    {
        var album = await db.Albums.Include(a => a.Photos).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (album is null)
        {
            return AlbumResult.NotFound;
        }
        var errors = await CheckAsync(fields, album.Photos, choice, cancellationToken);
        if (!errors.IsEmpty)
        {
            return new AlbumResult(null, errors);
        }
        var removed = RemovedPhotos(album, fields);
        foreach (var photo in removed)
        {
            album.Photos.Remove(photo);
            db.AlbumPhotos.Remove(photo);
        }
        Apply(album, fields);
        switch (choice)
        {
            case AlbumChoice.Publish:
                album.IsPublished = true;
                album.PublishedAt ??= Now;
                break;
            case AlbumChoice.Unpublish:
                album.IsPublished = false;
                break;
        }
        audit.Record(actor, choice switch
        {
            AlbumChoice.Publish => "Xuất bản album ảnh",
            AlbumChoice.Unpublish => "Gỡ album ảnh",
            _ => "Sửa album ảnh",
        }, AuditRecordTypes.Album, album.Id, album.Title);
        await db.SaveChangesAsync(cancellationToken);
        // Only once the photos are out of the album: a failed save must not leave it pointing at deleted files.
        await files.DeleteImagesAsync(removed.Select(p => p.ImageUrl), cancellationToken);
        return new AlbumResult(album, FieldErrors.None);
    }

    /// <summary>Puts an uploaded image through the media pipeline and adds it at the end of the album.</summary>
    public async Task<(AlbumPhoto? Photo, FieldErrors Errors)> AddPhotoAsync(
        int albumId, Stream content, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var album = await db.Albums.FirstOrDefaultAsync(a => a.Id == albumId, cancellationToken);
        if (album is null)
        {
            return (null, FieldErrors.Of(PhotosField, "Album không còn tồn tại."));
        }
        var upload = await uploads.SaveAsync(content, fileName, actor, cancellationToken);
        if (upload.Image is not { } image)
        {
            return (null, FieldErrors.Of(PhotosField, upload.Error!));
        }
        var last = await db.AlbumPhotos.Where(p => p.AlbumId == albumId).MaxAsync(p => (int?)p.Position, cancellationToken) ?? 0;
        var photo = new AlbumPhoto { AlbumId = albumId, ImageUrl = image.Url, Width = image.Width, Height = image.Height, Position = last + 1 };
        db.AlbumPhotos.Add(photo);
        album.UpdatedAt = Now;
        audit.Record(actor, "Thêm ảnh vào album", AuditRecordTypes.Album, album.Id, album.Title);
        await db.SaveChangesAsync(cancellationToken);
        album.CoverPhotoId ??= photo.Id;
        await db.SaveChangesAsync(cancellationToken);
        return (photo, FieldErrors.None);
    }

    /// <summary>Deletes the album and its photos' files (those no article shows).</summary>
    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var album = await db.Albums.Include(a => a.Photos).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (album is null)
        {
            return false;
        }
        // Articles that showed it at their end simply stop showing it.
        await db.Articles.Where(a => a.AlbumId == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.AlbumId, (int?)null), cancellationToken);
        db.Albums.Remove(album);
        audit.Record(actor, "Xóa album ảnh", AuditRecordTypes.Album, album.Id, album.Title);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteImagesAsync(album.Photos.Select(p => p.ImageUrl), cancellationToken);
        return true;
    }

    private void Apply(Album album, AlbumFields fields)
    {
        album.Title = fields.Title;
        album.Slug = Slug.FromTitle(fields.Title);
        album.DescriptionMarkdown = fields.DescriptionMarkdown;
        album.DescriptionHtml = renderer.RenderSafeHtml(fields.DescriptionMarkdown);
        album.SearchText = VietnameseText.Fold($"{fields.Title}\n{PlainText.FromMarkdown(fields.DescriptionMarkdown)}");
        album.EventDate = fields.EventDate;
        album.CategoryId = fields.CategoryId;
        album.UpdatedAt = Now;
        var edits = fields.Photos.ToDictionary(p => p.Id);
        var ordered = album.Photos
            .OrderBy(p => edits.TryGetValue(p.Id, out var edit) ? edit.Position : int.MaxValue)
            .ThenBy(p => p.Position).ThenBy(p => p.Id)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var photo = ordered[i];
            photo.Position = i + 1;
            if (edits.TryGetValue(photo.Id, out var edit))
            {
                photo.Caption = edit.Caption;
                photo.Credit = edit.Credit;
            }
        }
        album.CoverPhotoId = ordered.Any(p => p.Id == fields.CoverPhotoId) ? fields.CoverPhotoId : ordered.FirstOrDefault()?.Id;
    }

    private static List<AlbumPhoto> RemovedPhotos(Album album, AlbumFields fields)
    {
        var removed = fields.Photos.Where(p => p.Remove).Select(p => p.Id).ToHashSet();
        return album.Photos.Where(p => removed.Contains(p.Id)).ToList();
    }

    private async Task<FieldErrors> CheckAsync(AlbumFields fields, IReadOnlyList<AlbumPhoto> photos, AlbumChoice choice, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(Slug.FromTitle(fields.Title)))
        {
            errors[nameof(AlbumFields.Title)] = "Tên album cần có ít nhất một chữ hoặc số.";
        }
        else if (fields.Title.Length > Album.TitleMaxLength)
        {
            errors[nameof(AlbumFields.Title)] = $"Tên album dài tối đa {Album.TitleMaxLength} ký tự.";
        }
        if (fields.DescriptionMarkdown.Length > Album.DescriptionMaxLength)
        {
            errors[nameof(AlbumFields.DescriptionMarkdown)] = $"Phần giới thiệu dài tối đa {Album.DescriptionMaxLength} ký tự.";
        }
        if (fields.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            errors[nameof(AlbumFields.CategoryId)] = "Chuyên mục này không còn tồn tại; hãy chọn chuyên mục khác.";
        }
        foreach (var photo in fields.Photos.Where(p => !p.Remove))
        {
            if (photo.Caption.Length > AlbumPhoto.CaptionMaxLength)
            {
                errors[AlbumFields.PhotoField(photo.Id, nameof(PhotoFields.Caption))] = $"Chú thích dài tối đa {AlbumPhoto.CaptionMaxLength} ký tự (đang có {photo.Caption.Length}).";
            }
            if (photo.Credit?.Length > AlbumPhoto.CreditMaxLength)
            {
                errors[AlbumFields.PhotoField(photo.Id, nameof(PhotoFields.Credit))] = $"Tên tác giả ảnh dài tối đa {AlbumPhoto.CreditMaxLength} ký tự.";
            }
        }
        var removed = fields.Photos.Where(p => p.Remove).Select(p => p.Id).ToHashSet();
        if (choice == AlbumChoice.Publish && photos.All(p => removed.Contains(p.Id)))
        {
            errors[PhotosField] = "Album chưa có ảnh nào: hãy tải ảnh lên trước khi xuất bản.";
        }
        return errors;
    }
}
