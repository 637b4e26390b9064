using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Feedback;

/// <summary>A reader's question and the newsroom's answer, as "Hỏi – Đáp" shows them under the article.</summary>
public sealed record PublishedAnswer(string AskedBy, DateTime AskedAt, string Question, string Answer, DateTime AnsweredAt);

public sealed class PublishedAnswers(PortalDbContext db)
{
    // Asked by every article page the page cache misses: compiled once, like the article page's own queries.
    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<PublishedAnswer>> ForArticle =
        EF.CompileAsyncQuery((PortalDbContext db, int articleId) =>
            db.FeedbackMessages.AsNoTracking()
                .Where(m => m.ArticleId == articleId && m.ReplyPublished && m.Status == FeedbackStatus.Answered)
                .OrderBy(m => m.RepliedAt)
                .Select(m => new PublishedAnswer(m.Name, m.ReceivedAt, m.Body, m.Reply!, m.RepliedAt!.Value)));

    /// <summary>The articles with a published answer under them: most have none, and their pages need not ask.</summary>
    public async Task<HashSet<int>> ArticlesAnsweredAsync(CancellationToken cancellationToken = default) =>
        (await db.FeedbackMessages.AsNoTracking()
            .Where(m => m.ArticleId != null && m.ReplyPublished && m.Status == FeedbackStatus.Answered)
            .Select(m => m.ArticleId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();

    public async Task<IReadOnlyList<PublishedAnswer>> ForArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        await ForArticle(db, articleId).ToListAsync(cancellationToken);
}
