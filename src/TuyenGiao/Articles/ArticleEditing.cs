using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Text;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Articles;

/// <summary>
/// Every editorial write to an article: create, save, publish, schedule, unpublish, send for review,
/// restore. Each one stores a revision and an audit line in the same transaction as the change. What an
/// account may do is decided here, not by the page that asks: a contributor's hand-made POST to publish is
/// refused like the button it does not see.
/// </summary>
public sealed class ArticleEditing(PortalDbContext db, ArticleAccess access, AuditLog audit, TimeProvider clock)
{
    public const string WaitingMessage =
        "Bài đang chờ duyệt nên chưa sửa được. Khi biên tập viên trả lại bài, bạn sẽ sửa tiếp được; nội dung bạn gõ vẫn còn nguyên dưới đây.";

    public const string TakenDownMessage =
        "Bài đã bị gỡ khỏi trang công khai; chỉ biên tập viên sửa được. Nội dung bạn gõ vẫn còn nguyên dưới đây.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SaveResult> CreateAsync(ArticleSave save, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        if (!MayChoose(save.Choice, rights))
        {
            return SaveResult.Forbidden;
        }
        if (!rights.MayPublish)
        {
            // Featuring on the home page is an editor's call, made when approving.
            save = save with { Content = save.Content with { IsFeatured = false } };
        }
        var errors = await CheckAsync(save, await access.CategoriesAsync(rights, cancellationToken), cancellationToken);
        if (!errors.IsEmpty)
        {
            return SaveResult.Invalid(errors);
        }
        var now = Now;
        var actor = rights.Actor;
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
        ArticleRevisionLog.Add(db, article, actor, ArticleRevisionLog.Describe(["Tạo bài viết"], ArticleStatus.Draft, article.Status), now);
        AddThreadLine(article, actor, save.Choice, ArticleStatus.Draft, pendingEdit: null);
        audit.Record(actor, ActionName(save.Choice, created: true), AuditRecordTypes.Article, article.Id, article.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(SaveOutcome.Saved, article, FieldErrors.None);
    }

    public async Task<SaveResult> SaveAsync(int id, ArticleSave save, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return SaveResult.NotFound;
        }
        var categories = await access.CategoriesAsync(rights, cancellationToken);
        if (!ArticleAccess.MayOpen(article, rights, categories) || !MayChoose(save.Choice, rights))
        {
            return SaveResult.Forbidden;
        }
        if (!rights.MayPublish && !ArticleAccess.ContributorMayEdit(article.Status))
        {
            return SaveResult.Invalid(FieldErrors.Of(FieldErrors.WholeForm,
                article.Status == ArticleStatus.Pending ? WaitingMessage : TakenDownMessage));
        }
        if (article.Version != save.Version)
        {
            return new SaveResult(SaveOutcome.Conflict, article, FieldErrors.None);
        }
        if (!rights.MayPublish)
        {
            save = save with { Content = save.Content with { IsFeatured = article.IsFeatured } };
        }
        var errors = await CheckAsync(save, categories, cancellationToken);
        if (!errors.IsEmpty)
        {
            return SaveResult.Invalid(errors);
        }
        if (!rights.MayPublish && article.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
        {
            return await KeepAsideForReviewAsync(article, save, rights.Actor, cancellationToken);
        }
        var pendingEdit = await db.ArticlePendingEdits.FirstOrDefaultAsync(p => p.ArticleId == id, cancellationToken);
        var before = ArticleContent.Of(article);
        var statusBefore = article.Status;
        var now = Now;
        Apply(article, save, now);
        var changes = ArticleRevisionLog.Describe(save.Content.ChangedSince(before), statusBefore, article.Status);
        if (pendingEdit is not null)
        {
            // An editor's save of the form that showed the waiting change approves it (as edited there).
            db.ArticlePendingEdits.Remove(pendingEdit);
            changes = $"Duyệt thay đổi của {pendingEdit.SubmittedByName}; {changes}";
        }
        ArticleRevisionLog.Add(db, article, rights.Actor, changes, now);
        AddThreadLine(article, rights.Actor, save.Choice, statusBefore, pendingEdit);
        audit.Record(rights.Actor, ActionName(save.Choice, created: false), AuditRecordTypes.Article, article.Id, article.Title);
        return await SaveGuardedAsync(article, save.Version, cancellationToken);
    }

    /// <summary>Brings back an earlier revision's content as a new save; the status stays as it is.</summary>
    public async Task<SaveResult> RestoreAsync(int articleId, int revisionId, int version, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == articleId, cancellationToken);
        if (article is null || revision is null)
        {
            return SaveResult.NotFound;
        }
        // A contributor may bring back an older text of their own draft, never of what readers see.
        if (!await access.MayOpenAsync(article, rights, cancellationToken)
            || (!rights.MayPublish && article.Status is not (ArticleStatus.Draft or ArticleStatus.Returned)))
        {
            return SaveResult.Forbidden;
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
        if (!await db.Categories.AnyAsync(c => c.Id == content.CategoryId, cancellationToken)
            || (await access.CategoriesAsync(rights, cancellationToken) is { } allowed && !allowed.Contains(content.CategoryId)))
        {
            // The revision's category was deleted since, or is outside this account's; keep the current one rather than fail.
            content = content with { CategoryId = article.CategoryId };
        }
        var savedAt = VietnamTime.ToLocal(revision.SavedAt);
        var now = Now;
        Apply(article, new ArticleSave(content, version, PublishChoice.Keep), now);
        ArticleRevisionLog.Add(db, article, rights.Actor, $"Khôi phục bản lưu lúc {savedAt:HH:mm} {savedAt.Day}/{savedAt.Month}/{savedAt.Year}", now);
        audit.Record(rights.Actor, "Khôi phục phiên bản cũ của bài viết", AuditRecordTypes.Article, article.Id, article.Title);
        return await SaveGuardedAsync(article, version, cancellationToken);
    }

    /// <summary>
    /// A change to what readers see, by one who may not publish: stored beside the article until an editor
    /// approves it. The article's version moves on, so a reviewer's form opened before this change cannot
    /// approve the older text over it.
    /// </summary>
    private async Task<SaveResult> KeepAsideForReviewAsync(Article article, ArticleSave save, Actor actor, CancellationToken cancellationToken)
    {
        var now = Now;
        var pending = await db.ArticlePendingEdits.FirstOrDefaultAsync(p => p.ArticleId == article.Id, cancellationToken);
        if (pending is null)
        {
            pending = new ArticlePendingEdit { ArticleId = article.Id, ContentJson = "", SubmittedByName = actor.Name };
            db.ArticlePendingEdits.Add(pending);
        }
        var changed = save.Content.ChangedSince(ArticleContent.Of(article));
        pending.ContentJson = ArticleRevision.Serialize(save.Content);
        pending.SubmittedById = actor.UserId;
        pending.SubmittedByName = actor.Name;
        pending.SubmittedAt = now;
        pending.IsReturned = false;
        article.Version = save.Version + 1;
        var what = changed.Count > 0 ? string.Join(", ", changed) : "không thay đổi";
        ArticleRevisionLog.Add(db, article, actor, $"Gửi duyệt thay đổi (chưa hiện với bạn đọc): {what}", now, ArticleStatus.Pending, save.Content);
        db.ArticleComments.Add(new ArticleComment
        {
            ArticleId = article.Id, WrittenAt = now, WrittenById = actor.UserId, WrittenByName = actor.Name,
            Kind = CommentKind.Submitted, Text = "Gửi duyệt thay đổi của bài đã đăng.",
        });
        audit.Record(actor, "Gửi duyệt thay đổi bài viết", AuditRecordTypes.Article, article.Id, article.Title);
        var result = await SaveGuardedAsync(article, save.Version, cancellationToken);
        return result with { WaitsForReview = result.Outcome == SaveOutcome.Saved };
    }

    /// <summary>The review's steps a save takes are lines of the article's thread too: sent, approved.</summary>
    private void AddThreadLine(Article article, Actor actor, PublishChoice choice, ArticleStatus statusBefore, ArticlePendingEdit? pendingEdit)
    {
        string? text = null;
        var kind = CommentKind.Approved;
        if (choice == PublishChoice.Submit && statusBefore != ArticleStatus.Pending)
        {
            (kind, text) = (CommentKind.Submitted, "Gửi bài để duyệt.");
        }
        else if (statusBefore == ArticleStatus.Pending && article.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
        {
            text = article.Status == ArticleStatus.Published ? "Duyệt và xuất bản." : $"Duyệt và hẹn giờ đăng lúc {VietnamTime.FormatDateTime(article.PublishedAt!.Value)}.";
        }
        else if (pendingEdit is not null)
        {
            text = $"Duyệt thay đổi của {pendingEdit.SubmittedByName}.";
        }
        if (text is not null)
        {
            db.ArticleComments.Add(new ArticleComment
            {
                ArticleId = article.Id, WrittenAt = article.UpdatedAt, WrittenById = actor.UserId, WrittenByName = actor.Name, Kind = kind, Text = text,
            });
        }
    }

    private static bool MayChoose(PublishChoice choice, EditorialRights rights) =>
        rights.MayPublish || choice is PublishChoice.Keep or PublishChoice.Submit;

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
            case PublishChoice.Submit when article.Status is not (ArticleStatus.Published or ArticleStatus.Scheduled):
                article.Status = ArticleStatus.Pending;
                break;
        }
    }

    private async Task<FieldErrors> CheckAsync(ArticleSave save, IReadOnlySet<int>? categories, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!await db.Categories.AnyAsync(c => c.Id == save.Content.CategoryId, cancellationToken))
        {
            errors[nameof(ArticleContent.CategoryId)] = "Vui lòng chọn chuyên mục.";
        }
        else if (categories is not null && !categories.Contains(save.Content.CategoryId))
        {
            errors[nameof(ArticleContent.CategoryId)] = "Tài khoản của bạn không được viết bài ở chuyên mục này; hãy chọn một chuyên mục của mình.";
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

    private static string ActionName(PublishChoice choice, bool created) => choice switch
    {
        PublishChoice.Publish => created ? "Tạo và xuất bản bài viết" : "Xuất bản bài viết",
        PublishChoice.Schedule => created ? "Tạo và hẹn giờ đăng bài viết" : "Hẹn giờ đăng bài viết",
        PublishChoice.Unpublish => "Gỡ bài viết",
        PublishChoice.Submit => created ? "Tạo và gửi duyệt bài viết" : "Gửi duyệt bài viết",
        _ => created ? "Tạo bài viết" : "Sửa bài viết",
    };

}
