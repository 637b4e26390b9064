using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Text;
using TuyenGiao.Validation;

namespace TuyenGiao.Feedback;

/// <summary>One line of the inbox list.</summary>
public sealed record FeedbackRow(
    int Id, DateTime ReceivedAt, string Name, string Email, string Subject, string Body, FeedbackStatus Status,
    int? ArticleId, string? ArticleTitle);

/// <summary>The newsroom's side of feedback: the list, and what editors do with each message.</summary>
public sealed class FeedbackInbox(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int PageSize = 30;

    /// <summary>
    /// Newest first, in one status or (<paramref name="status"/> null) in every status but spam, so spam
    /// never buries a real message. <paramref name="text"/> is matched without diacritics in name, email,
    /// subject and body.
    /// </summary>
    public async Task<Paged<FeedbackRow>> PageAsync(FeedbackStatus? status, string? text, int page, CancellationToken cancellationToken = default)
    {
        var query = Matching(text).Where(m => status == null ? m.Status != FeedbackStatus.Spam : m.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new FeedbackRow(m.Id, m.ReceivedAt, m.Name, m.Email, m.Subject, m.Body, m.Status,
                m.ArticleId, m.Article == null ? null : m.Article.Title))
            .ToListAsync(cancellationToken);
        return new Paged<FeedbackRow>(rows, page, PageSize, total);
    }

    public async Task<IReadOnlyDictionary<FeedbackStatus, int>> CountByStatusAsync(string? text, CancellationToken cancellationToken = default)
    {
        var counts = await Matching(text).GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Enum.GetValues<FeedbackStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    /// <summary>For the newsroom's menu, on every page of it: one indexed count.</summary>
    public Task<int> CountNewAsync(CancellationToken cancellationToken = default) =>
        db.FeedbackMessages.CountAsync(m => m.Status == FeedbackStatus.New, cancellationToken);

    public Task<FeedbackMessage?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.FeedbackMessages.AsNoTracking().Include(m => m.Article).ThenInclude(a => a!.Category)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<bool> SetStatusAsync(int id, FeedbackStatus status, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, $"Chuyển phản hồi sang “{FeedbackStatusNames.Of(status)}”", message =>
        {
            message.Status = status;
            // Spam is never shown to readers, whatever was chosen before.
            if (status == FeedbackStatus.Spam)
            {
                message.ReplyPublished = false;
            }
        }, cancellationToken);

    /// <summary>The internal note, or why it was refused (under <c>Note</c>); null when the message is gone.</summary>
    public async Task<FieldErrors?> SaveNoteAsync(int id, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        if (note?.Trim().Length > FeedbackMessage.NoteMaxLength)
        {
            return FieldErrors.Of(nameof(FeedbackMessage.Note), $"Ghi chú dài tối đa {FeedbackMessage.NoteMaxLength} ký tự.");
        }
        return await ChangeAsync(id, actor, "Ghi chú nội bộ cho phản hồi",
            message => message.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), cancellationToken)
            ? FieldErrors.None
            : null;
    }

    /// <summary>
    /// Stores the reply and marks the message answered; published only when the editor asks and it is about
    /// an article. Answers why it was refused (under <c>Reply</c>), or null when the message is gone.
    /// </summary>
    public async Task<FieldErrors?> ReplyAsync(int id, string? reply, bool publish, Actor actor, CancellationToken cancellationToken = default)
    {
        var text = reply?.Trim() ?? "";
        if (text.Length == 0 || text.Length > FeedbackMessage.ReplyMaxLength)
        {
            return FieldErrors.Of(nameof(FeedbackMessage.Reply), text.Length == 0
                ? "Xin nhập nội dung trả lời."
                : $"Trả lời dài tối đa {FeedbackMessage.ReplyMaxLength} ký tự.");
        }
        return await ChangeAsync(id, actor, publish ? "Trả lời phản hồi và đăng vào Hỏi – Đáp" : "Trả lời phản hồi", message =>
        {
            message.Reply = text;
            message.RepliedAt = clock.GetUtcNow().UtcDateTime;
            message.RepliedByName = actor.Name;
            message.Status = FeedbackStatus.Answered;
            message.ReplyPublished = publish && message.ArticleId is not null;
        }, cancellationToken)
            ? FieldErrors.None
            : null;
    }

    /// <summary>For admins only, after confirmation (the pages see to both); the audit line keeps who and what.</summary>
    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var message = await db.FeedbackMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return false;
        }
        db.FeedbackMessages.Remove(message);
        audit.Record(actor, "Xóa hẳn phản hồi", AuditRecordTypes.Feedback, id, Describe(message));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> ChangeAsync(int id, Actor actor, string action, Action<FeedbackMessage> change, CancellationToken cancellationToken)
    {
        var message = await db.FeedbackMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return false;
        }
        change(message);
        audit.Record(actor, action, AuditRecordTypes.Feedback, id, Describe(message));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Describe(FeedbackMessage message) =>
        $"{message.Name} <{message.Email}>: {(message.Subject.Length > 0 ? message.Subject : PlainStart(message.Body))}";

    private static string PlainStart(string body) => body.Length <= 80 ? body : body[..80] + "…";

    private IQueryable<FeedbackMessage> Matching(string? text)
    {
        var folded = VietnameseText.Fold(text ?? "").Trim();
        var query = db.FeedbackMessages.AsNoTracking();
        return folded.Length == 0 ? query : query.Where(m => m.SearchText.Contains(folded));
    }
}
