using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Articles;

/// <summary>An article waiting for an editor, or returned to its writer: a row of the review page.</summary>
public sealed record ReviewItem(int ArticleId, string Title, string CategoryName, string WriterName, DateTime At, bool IsChangeToPublished);

/// <summary>What the newsroom's menu counts for an account.</summary>
public sealed record ReviewCounts(int WaitingForMe, int ReturnedToMe);

/// <summary>
/// The review's steps that are not a save of the article's text: returning it with a comment, commenting,
/// and reading the thread and the queues. Sending and approving are saves (<see cref="ArticleEditing"/>).
/// </summary>
public sealed class ArticleReview(PortalDbContext db, ArticleAccess access, AuditLog audit, TimeProvider clock)
{
    public const string CommentField = "Comment";

    /// <summary>Sends a waiting article (or a waiting change to a published one) back to its writer. A comment is required.</summary>
    public async Task<SaveResult> ReturnAsync(int articleId, string? comment, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return SaveResult.NotFound;
        }
        if (!rights.MayPublish || !await access.MayOpenAsync(article, rights, cancellationToken))
        {
            return SaveResult.Forbidden;
        }
        var text = comment?.Trim() ?? "";
        var errors = CheckComment(text);
        var pendingEdit = await db.ArticlePendingEdits.FirstOrDefaultAsync(p => p.ArticleId == articleId && !p.IsReturned, cancellationToken);
        if (article.Status != ArticleStatus.Pending && pendingEdit is null)
        {
            errors[FieldErrors.WholeForm] = "Bài này không chờ duyệt nên không có gì để trả lại.";
        }
        if (!errors.IsEmpty)
        {
            return SaveResult.Invalid(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (pendingEdit is not null)
        {
            pendingEdit.IsReturned = true;
            ArticleRevisionLog.Add(db, article, rights.Actor, Clip($"Trả lại thay đổi của {pendingEdit.SubmittedByName}: {text}"), now,
                ArticleStatus.Returned, pendingEdit.ReadContent());
        }
        else
        {
            article.Status = ArticleStatus.Returned;
            article.Version++;
            ArticleRevisionLog.Add(db, article, rights.Actor, Clip($"Chờ duyệt → Trả lại: {text}"), now);
        }
        AddLine(article.Id, rights.Actor, CommentKind.Returned, text, now);
        audit.Record(rights.Actor, pendingEdit is null ? "Trả lại bài viết" : "Trả lại thay đổi bài viết", AuditRecordTypes.Article, article.Id, article.Title);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult(SaveOutcome.Saved, article, FieldErrors.None);
    }

    /// <summary>A line in the thread, by anyone who may open the article.</summary>
    public async Task<SaveResult> CommentAsync(int articleId, string? comment, EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return SaveResult.NotFound;
        }
        if (!await access.MayOpenAsync(article, rights, cancellationToken))
        {
            return SaveResult.Forbidden;
        }
        var text = comment?.Trim() ?? "";
        var errors = CheckComment(text);
        if (!errors.IsEmpty)
        {
            return SaveResult.Invalid(errors);
        }
        AddLine(article.Id, rights.Actor, CommentKind.Comment, text, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult(SaveOutcome.Saved, article, FieldErrors.None);
    }

    /// <summary>The thread, oldest first, as it reads.</summary>
    public Task<List<ArticleComment>> ThreadAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleComments.AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.Id).ToListAsync(cancellationToken);

    public Task<ArticlePendingEdit?> PendingEditAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticlePendingEdits.AsNoTracking().FirstOrDefaultAsync(p => p.ArticleId == articleId, cancellationToken);

    /// <summary>What waits for this account's review (nothing for one who may not publish), oldest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> WaitingForAsync(EditorialRights rights, CancellationToken cancellationToken = default)
    {
        if (!rights.MayPublish)
        {
            return [];
        }
        var categories = await access.CategoriesAsync(rights, cancellationToken);
        var visible = ArticleAccess.Visible(db.Articles.AsNoTracking(), rights, categories);
        var submitted = await visible.Where(a => a.Status == ArticleStatus.Pending)
            .Select(a => new ReviewItem(a.Id, a.Title, a.Category!.Name, "", a.UpdatedAt, false))
            .ToListAsync(cancellationToken);
        var changes = await visible.Join(db.ArticlePendingEdits.Where(p => !p.IsReturned), a => a.Id, p => p.ArticleId,
                (a, p) => new ReviewItem(a.Id, a.Title, a.Category!.Name, p.SubmittedByName, p.SubmittedAt, true))
            .ToListAsync(cancellationToken);
        return await WithWritersAsync(submitted, changes, cancellationToken);
    }

    /// <summary>This account's articles (and changes) that an editor returned, newest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ReturnedToAsync(EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var mine = db.Articles.AsNoTracking().Where(a => a.CreatedById == rights.Actor.UserId);
        var returned = await mine.Where(a => a.Status == ArticleStatus.Returned)
            .Select(a => new ReviewItem(a.Id, a.Title, a.Category!.Name, rights.Actor.Name, a.UpdatedAt, false))
            .ToListAsync(cancellationToken);
        var changes = await db.ArticlePendingEdits.AsNoTracking().Where(p => p.IsReturned && p.SubmittedById == rights.Actor.UserId)
            .Join(db.Articles, p => p.ArticleId, a => a.Id, (p, a) => new ReviewItem(a.Id, a.Title, a.Category!.Name, p.SubmittedByName, p.SubmittedAt, true))
            .ToListAsync(cancellationToken);
        return [.. returned.Concat(changes).OrderByDescending(i => i.At)];
    }

    public async Task<ReviewCounts> CountsAsync(EditorialRights rights, CancellationToken cancellationToken = default) =>
        new((await WaitingForAsync(rights, cancellationToken)).Count, (await ReturnedToAsync(rights, cancellationToken)).Count);

    /// <summary>A waiting article is named by who sent it: the last "Gửi duyệt" line of its thread.</summary>
    private async Task<IReadOnlyList<ReviewItem>> WithWritersAsync(List<ReviewItem> submitted, List<ReviewItem> changes, CancellationToken cancellationToken)
    {
        var ids = submitted.Select(i => i.ArticleId).ToList();
        var senders = (await db.ArticleComments.AsNoTracking()
                .Where(c => ids.Contains(c.ArticleId) && c.Kind == CommentKind.Submitted)
                .Select(c => new { c.ArticleId, c.Id, c.WrittenByName, c.WrittenAt })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.ArticleId)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Id)!);
        var named = submitted.Select(i => senders.TryGetValue(i.ArticleId, out var sender)
            ? i with { WriterName = sender.WrittenByName, At = sender.WrittenAt }
            : i);
        return [.. named.Concat(changes).OrderBy(i => i.At)];
    }

    private void AddLine(int articleId, Actor actor, CommentKind kind, string text, DateTime at) =>
        db.ArticleComments.Add(new ArticleComment
        {
            ArticleId = articleId, WrittenAt = at, WrittenById = actor.UserId, WrittenByName = actor.Name, Kind = kind, Text = text,
        });

    private static FieldErrors CheckComment(string text)
    {
        var errors = new FieldErrors();
        if (text.Length == 0)
        {
            errors[CommentField] = "Vui lòng ghi ý kiến (ví dụ: cần sửa gì trước khi duyệt).";
        }
        else if (text.Length > ArticleComment.MaxLength)
        {
            errors[CommentField] = $"Ý kiến dài tối đa {ArticleComment.MaxLength} ký tự.";
        }
        return errors;
    }

    private static string Clip(string changes) => changes.Length > 500 ? changes[..499] + "…" : changes;
}
