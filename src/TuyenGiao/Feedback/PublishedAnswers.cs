using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Feedback;

/// <summary>A reader's question and the newsroom's answer, as "Hỏi – Đáp" shows them under the article.</summary>
public sealed record PublishedAnswer(string AskedBy, DateTime AskedAt, string Question, string Answer, DateTime AnsweredAt);

public sealed class PublishedAnswers(PortalDbContext db)
{
    public async Task<IReadOnlyList<PublishedAnswer>> ForArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        await db.FeedbackMessages.AsNoTracking()
            .Where(m => m.ArticleId == articleId && m.ReplyPublished && m.Status == FeedbackStatus.Answered)
            .OrderBy(m => m.RepliedAt)
            .Select(m => new PublishedAnswer(m.Name, m.ReceivedAt, m.Body, m.Reply!, m.RepliedAt!.Value))
            .ToListAsync(cancellationToken);
}
