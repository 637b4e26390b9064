using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Text;
using TuyenGiao.Time;

using TuyenGiao.Validation;

namespace TuyenGiao.Articles;

/// <summary>
/// Every editorial write to an article: create, save, publish, schedule, unpublish, restore. Each one
/// stores a revision and an audit line in the same transaction as the change.
/// </summary>
public sealed class ArticleEditing(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SaveResult> CreateAsync(ArticleSave save, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = await CheckAsync(save, cancellationToken);
        if (!errors.IsEmpty)
        {
            return SaveResult.Invalid(errors);
        }
        var now = Now;
        var article = new Article
        {
            Title = save.Content.Title,
            Slug = "",
            Status = ArticleStatus.Draft,
            CreatedAt = now,
            CreatedById = actor.UserId,
            Version = 1,
        };
        Apply(article, save, now);
        // The article needs its id before its first revision and audit line can name it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        AddRevision(article, actor, Describe(["Tạo bài viết"], ArticleStatus.Draft, article.Status));
        audit.Record(actor, ActionName(save.Choice, created: true), AuditRecordTypes.Article, article.Id, article.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(SaveOutcome.Saved, article, FieldErrors.None);
    }

    public async Task<SaveResult> SaveAsync(int id, ArticleSave save, Actor actor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return SaveResult.NotFound;
        }
        if (article.Version != save.Version)
        {
            return new SaveResult(SaveOutcome.Conflict, article, FieldErrors.None);
        }
        var errors = await CheckAsync(save, cancellationToken);
        if (!errors.IsEmpty)
        {
            return SaveResult.Invalid(errors);
        }
        var before = ArticleContent.Of(article);
        var statusBefore = article.Status;
        Apply(article, save, Now);
        AddRevision(article, actor, Describe(save.Content.ChangedSince(before), statusBefore, article.Status));
        audit.Record(actor, ActionName(save.Choice, created: false), AuditRecordTypes.Article, article.Id, article.Title);
        return await SaveGuardedAsync(article, save.Version, cancellationToken);
    }

    /// <summary>Brings back an earlier revision's content as a new save; the status stays as it is.</summary>
    public async Task<SaveResult> RestoreAsync(int articleId, int revisionId, int version, Actor actor, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == articleId, cancellationToken);
        if (article is null || revision is null)
        {
            return SaveResult.NotFound;
        }
        if (article.Version != version)
        {
            return new SaveResult(SaveOutcome.Conflict, article, FieldErrors.None);
        }
        var content = revision.ReadContent();
        if (content.AlbumId is { } albumId && !await db.Albums.AnyAsync(a => a.Id == albumId, cancellationToken))
        {
            content = content with { AlbumId = null };
        }
        if (!await db.Categories.AnyAsync(c => c.Id == content.CategoryId, cancellationToken))
        {
            // The revision's category was deleted since; keep the current one rather than fail.
            content = content with { CategoryId = article.CategoryId };
        }
        var savedAt = VietnamTime.ToLocal(revision.SavedAt);
        Apply(article, new ArticleSave(content, version, PublishChoice.Keep), Now);
        AddRevision(article, actor, $"Khôi phục bản lưu lúc {savedAt:HH:mm} {savedAt.Day}/{savedAt.Month}/{savedAt.Year}");
        audit.Record(actor, "Khôi phục phiên bản cũ của bài viết", AuditRecordTypes.Article, article.Id, article.Title);
        return await SaveGuardedAsync(article, version, cancellationToken);
    }

    private async Task<SaveResult> SaveGuardedAsync(Article article, int versionOpened, CancellationToken cancellationToken)
    {
        // The check above covers the common case; this one covers two saves racing past it together.
        db.Entry(article).Property(a => a.Version).OriginalValue = versionOpened;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == article.Id, cancellationToken);
            return new SaveResult(SaveOutcome.Conflict, current, FieldErrors.None);
        }
        return new SaveResult(SaveOutcome.Saved, article, FieldErrors.None);
    }

    private void Apply(Article article, ArticleSave save, DateTime now)
    {
        save.Content.CopyTo(article);
        article.Slug = Slug.FromTitle(article.Title);
        article.UpdatedAt = now;
        article.Version = save.Version + 1;
        switch (save.Choice)
        {
            case PublishChoice.Publish:
                // Published-at is set once, on the first publication, and kept through edits and republishing;
                // a scheduled article published early gets the actual time.
                if (article.PublishedAt is null || article.Status == ArticleStatus.Scheduled)
                {
                    article.PublishedAt = now;
                }
                article.Status = ArticleStatus.Published;
                break;
            case PublishChoice.Schedule:
                article.Status = ArticleStatus.Scheduled;
                article.PublishedAt = save.ScheduleAtUtc;
                break;
            case PublishChoice.Unpublish:
                article.Status = ArticleStatus.Unpublished;
                break;
        }
    }

    private async Task<FieldErrors> CheckAsync(ArticleSave save, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!await db.Categories.AnyAsync(c => c.Id == save.Content.CategoryId, cancellationToken))
        {
            errors[nameof(ArticleContent.CategoryId)] = "Vui lòng chọn chuyên mục.";
        }
        if (string.IsNullOrEmpty(Slug.FromTitle(save.Content.Title)))
        {
            errors[nameof(ArticleContent.Title)] = "Tiêu đề cần có ít nhất một chữ hoặc số.";
        }
        if (save.Content.AlbumId is { } albumId && !await db.Albums.AnyAsync(a => a.Id == albumId, cancellationToken))
        {
            errors[nameof(ArticleContent.AlbumId)] = "Album này không còn tồn tại; hãy chọn album khác.";
        }
        if (!CoverImageAddress.IsAcceptable(save.Content.CoverImageUrl))
        {
            errors[nameof(ArticleContent.CoverImageUrl)] = CoverImageAddress.Refused;
        }
        if (save.Choice == PublishChoice.Schedule)
        {
            if (save.ScheduleAtUtc is null)
            {
                errors[ArticleSave.ScheduleAt] = "Vui lòng chọn thời điểm đăng bài.";
            }
            else if (save.ScheduleAtUtc <= Now)
            {
                errors[ArticleSave.ScheduleAt] = "Thời điểm hẹn giờ phải ở tương lai.";
            }
        }
        return errors;
    }

    private void AddRevision(Article article, Actor actor, string changes) =>
        db.ArticleRevisions.Add(new ArticleRevision
        {
            ArticleId = article.Id,
            SavedAt = article.UpdatedAt,
            SavedById = actor.UserId,
            SavedByName = actor.Name,
            Status = article.Status,
            Changes = changes.Length > 500 ? changes[..500] : changes,
            ContentJson = ArticleRevision.Serialize(ArticleContent.Of(article)),
        });

    private static string Describe(IReadOnlyList<string> changedFields, ArticleStatus before, ArticleStatus after)
    {
        var parts = new List<string>();
        if (changedFields.Count > 0)
        {
            parts.Add(string.Join(", ", changedFields));
        }
        if (before != after)
        {
            parts.Add($"{ArticleStatusNames.Of(before)} → {ArticleStatusNames.Of(after)}");
        }
        return parts.Count > 0 ? string.Join("; ", parts) : "Lưu, không thay đổi";
    }

    private static string ActionName(PublishChoice choice, bool created) => choice switch
    {
        PublishChoice.Publish => created ? "Tạo và xuất bản bài viết" : "Xuất bản bài viết",
        PublishChoice.Schedule => created ? "Tạo và hẹn giờ đăng bài viết" : "Hẹn giờ đăng bài viết",
        PublishChoice.Unpublish => "Gỡ bài viết",
        _ => created ? "Tạo bài viết" : "Sửa bài viết",
    };

}
