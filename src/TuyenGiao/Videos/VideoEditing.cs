using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
using TuyenGiao.Validation;

namespace TuyenGiao.Videos;

/// <summary>Every newsroom write to a video: create, save, attach or remove its file, delete. Each is audited.</summary>
public sealed class VideoEditing(PortalDbContext db, AuditLog audit, MediaFiles files, MarkdownRenderer renderer, TimeProvider clock)
{
    /// <summary>The field a message about the film's source (file or YouTube) is about.</summary>
    public const string SourceField = "Source";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<EditResult<Video>> CreateAsync(VideoFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = Check(fields, existing: null, PublicationChoice.Keep);
        if (!errors.IsEmpty)
        {
            return EditResult<Video>.Invalid(errors);
        }
        var video = new Video { Title = "", Slug = "", CreatedAt = Now };
        Apply(video, fields);
        // The video needs its id before its audit line can name it; both are saved or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Videos.Add(video);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "Tạo phim tư liệu", AuditRecordTypes.Video, video.Id, video.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditResult<Video>.Saved(video);
    }

    public async Task<EditResult<Video>> SaveAsync(int id, VideoFields fields, PublicationChoice choice, Actor actor, CancellationToken cancellationToken = default)
    {
        var video = await db.Videos.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (video is null)
        {
            return EditResult<Video>.NotFound;
        }
        var errors = Check(fields, video, choice);
        if (!errors.IsEmpty)
        {
            return EditResult<Video>.Invalid(errors);
        }
        var posterBefore = video.PosterUrl;
        Apply(video, fields);
        video.Apply(choice, Now);
        audit.Record(actor, PublishedItem.ActionName(choice, "phim tư liệu"), AuditRecordTypes.Video, video.Id, video.Title);
        await db.SaveChangesAsync(cancellationToken);
        if (posterBefore is not null && posterBefore != video.PosterUrl)
        {
            await files.DeleteImagesAsync([posterBefore], cancellationToken);
        }
        return EditResult<Video>.Saved(video);
    }

    /// <summary>Makes an uploaded file the film's source, replacing (and deleting) an earlier file.</summary>
    public async Task<bool> AttachFileAsync(int id, StoredVideoFile file, Actor actor, CancellationToken cancellationToken = default)
    {
        var video = await db.Videos.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (video is null)
        {
            files.DeleteFile(file.Url);
            return false;
        }
        var earlier = video.FileUrl;
        video.FileUrl = file.Url;
        video.FileBytes = file.Bytes;
        video.FileType = file.Format.ContentType;
        video.YouTubeId = null;
        video.UpdatedAt = Now;
        audit.Record(actor, "Tải tệp phim lên", AuditRecordTypes.Video, video.Id, video.Title);
        await db.SaveChangesAsync(cancellationToken);
        if (earlier is not null)
        {
            files.DeleteFile(earlier);
        }
        return true;
    }

    /// <summary>Deletes the uploaded file; a published film without another source is taken down with it.</summary>
    public async Task<bool> RemoveFileAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var video = await db.Videos.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (video?.FileUrl is not { } url)
        {
            return false;
        }
        video.FileUrl = null;
        video.FileBytes = 0;
        video.FileType = null;
        video.IsPublished &= video.HasSource;
        video.UpdatedAt = Now;
        audit.Record(actor, "Xóa tệp phim", AuditRecordTypes.Video, video.Id, video.Title);
        await db.SaveChangesAsync(cancellationToken);
        files.DeleteFile(url);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var video = await db.Videos.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (video is null)
        {
            return false;
        }
        db.Videos.Remove(video);
        audit.Record(actor, "Xóa phim tư liệu", AuditRecordTypes.Video, video.Id, video.Title);
        await db.SaveChangesAsync(cancellationToken);
        // Once the record is gone, so that a failed save never leaves a page pointing at deleted files.
        if (video.FileUrl is { } url)
        {
            files.DeleteFile(url);
        }
        if (video.PosterUrl is { } poster)
        {
            await files.DeleteImagesAsync([poster], cancellationToken);
        }
        return true;
    }

    private void Apply(Video video, VideoFields fields)
    {
        video.Describe(fields.Title, fields.DescriptionMarkdown, renderer, Now);
        video.Date = fields.Date;
        video.DurationSeconds = string.IsNullOrWhiteSpace(fields.Duration) ? null : VideoDuration.Parse(fields.Duration);
        video.PosterUrl = fields.PosterUrl;
        if (!string.IsNullOrWhiteSpace(fields.YouTubeAddress))
        {
            video.YouTubeId = YouTubeAddress.IdOf(fields.YouTubeAddress);
        }
        else if (video.FileUrl is null)
        {
            video.YouTubeId = null;
        }
        video.UpdatedAt = Now;
    }

    private static FieldErrors Check(VideoFields fields, Video? existing, PublicationChoice choice)
    {
        var errors = new FieldErrors();
        PublishedItem.CheckTitleAndDescription(errors, fields.Title, fields.DescriptionMarkdown, "Tên phim");
        if (!string.IsNullOrWhiteSpace(fields.Duration) && VideoDuration.Parse(fields.Duration) is null)
        {
            errors[nameof(VideoFields.Duration)] = VideoDuration.Refused;
        }
        // Only the site's own images: an outside poster would make the page call another site before play.
        if (fields.PosterUrl is { } poster && ResponsiveImages.SrcSet(poster) is null)
        {
            errors[nameof(VideoFields.PosterUrl)] = "Ảnh poster phải là ảnh đã tải lên cổng (địa chỉ bắt đầu bằng /media/).";
        }
        var wantsYouTube = !string.IsNullOrWhiteSpace(fields.YouTubeAddress);
        if (wantsYouTube && YouTubeAddress.IdOf(fields.YouTubeAddress!) is null)
        {
            errors[nameof(VideoFields.YouTubeAddress)] = YouTubeAddress.Refused;
        }
        else if (wantsYouTube && existing?.FileUrl is not null)
        {
            errors[nameof(VideoFields.YouTubeAddress)] = "Phim này đang dùng tệp đã tải lên. Muốn dùng YouTube, hãy bấm “Xóa tệp phim” trước.";
        }
        if (choice == PublicationChoice.Publish && !wantsYouTube && existing?.FileUrl is null)
        {
            errors[SourceField] = "Phim chưa có nguồn: hãy tải tệp phim lên hoặc dán địa chỉ YouTube trước khi xuất bản.";
        }
        return errors;
    }
}
