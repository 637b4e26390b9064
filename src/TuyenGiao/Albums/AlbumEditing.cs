using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
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

    public async Task<EditResult<Album>> CreateAsync(AlbumFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = await CheckAsync(fields, [], PublicationChoice.Keep, cancellationToken);
        if (!errors.IsEmpty)
        {
            return EditResult<Album>.Invalid(errors);
        }
        var album = new Album { Title = "", Slug = "", CreatedAt = Now };
        Apply(album, fields);
        // The album needs its id before its audit line can name it; both are saved or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Albums.Add(album);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "Tạo album ảnh", AuditRecordTypes.Album, album.Id, album.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditResult<Album>.Saved(album);
    }

    public async Task<EditResult<Album>> SaveAsync(int id, AlbumFields fields, PublicationChoice choice, Actor actor, CancellationToken cancellationToken = default)
    {
        var album = await db.Albums.Include(a => a.Photos).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (album is null)
        {
            return EditResult<Album>.NotFound;
        }
        var errors = await CheckAsync(fields, album.Photos, choice, cancellationToken);
        if (!errors.IsEmpty)
        {
            return EditResult<Album>.Invalid(errors);
        }
        var removed = RemovedPhotos(album, fields);
        foreach (var photo in removed)
        {
            album.Photos.Remove(photo);
            db.AlbumPhotos.Remove(photo);
        }
        Apply(album, fields);
        album.Apply(choice, Now);
        audit.Record(actor, PublishedItem.ActionName(choice, "album ảnh"), AuditRecordTypes.Album, album.Id, album.Title);
        await db.SaveChangesAsync(cancellationToken);
        // Only once the photos are out of the album: a failed save must not leave it pointing at deleted files.
        await files.DeleteImagesAsync(removed.Select(p => p.ImageUrl), cancellationToken);
        return EditResult<Album>.Saved(album);
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
        album.Describe(fields.Title, fields.DescriptionMarkdown, renderer, Now);
        album.EventDate = fields.EventDate;
        album.CategoryId = fields.CategoryId;
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

    private async Task<FieldErrors> CheckAsync(AlbumFields fields, IReadOnlyList<AlbumPhoto> photos, PublicationChoice choice, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        PublishedItem.CheckTitleAndDescription(errors, fields.Title, fields.DescriptionMarkdown, "Tên album");
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
        if (choice == PublicationChoice.Publish && photos.All(p => removed.Contains(p.Id)))
        {
            errors[PhotosField] = "Album chưa có ảnh nào: hãy tải ảnh lên trước khi xuất bản.";
        }
        return errors;
    }
}
