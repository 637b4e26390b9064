using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Articles;

/// <summary>
/// The writing desk's autosaves (<see cref="ArticleAutosave"/>): kept as the text is typed, read when the
/// article opens, forgotten once a save of the article has stored the writer's text. Whether the writer may
/// open the article at all is the page's to check, as for any save.
/// </summary>
public sealed class ArticleAutosaves(PortalDbContext db, TimeProvider clock)
{
    public async Task<(ArticleAutosave? Kept, FieldErrors Errors)> KeepAsync(
        string userId, int articleId, string? title, string? sapo, string? bodyMarkdown, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if ((title ?? "").Length > ArticleAutosave.TitleMaxLength)
        {
            errors[nameof(ArticleAutosave.Title)] = $"Tiêu đề dài hơn {ArticleAutosave.TitleMaxLength} ký tự nên chưa tự lưu được.";
        }
        if ((sapo ?? "").Length > ArticleAutosave.SapoMaxLength)
        {
            errors[nameof(ArticleAutosave.Sapo)] = $"Sapo dài hơn {ArticleAutosave.SapoMaxLength} ký tự nên chưa tự lưu được.";
        }
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        return (await UpsertAsync(userId, articleId, title ?? "", sapo ?? "", bodyMarkdown ?? "", retry: true, cancellationToken), errors);
    }

    private async Task<ArticleAutosave> UpsertAsync(
        string userId, int articleId, string title, string sapo, string bodyMarkdown, bool retry, CancellationToken cancellationToken)
    {
        var kept = await db.ArticleAutosaves.FirstOrDefaultAsync(a => a.UserId == userId && a.ArticleId == articleId, cancellationToken);
        if (kept is null)
        {
            kept = new ArticleAutosave { UserId = userId, ArticleId = articleId, Title = "", Sapo = "", BodyMarkdown = "" };
            db.ArticleAutosaves.Add(kept);
        }
        kept.Title = title;
        kept.Sapo = sapo;
        kept.BodyMarkdown = bodyMarkdown;
        kept.SavedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (retry && db.Entry(kept).State == EntityState.Added)
        {
            // The same writer's other tab kept its text at the same moment: this one, the newer, replaces it.
            db.Entry(kept).State = EntityState.Detached;
            return await UpsertAsync(userId, articleId, title, sapo, bodyMarkdown, retry: false, cancellationToken);
        }
        return kept;
    }

    public Task<ArticleAutosave?> FindAsync(string userId, int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleAutosaves.AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId && a.ArticleId == articleId, cancellationToken);

    /// <summary>After a save that stored the writer's text; a new article's autosave goes with its first save.</summary>
    public Task ForgetAsync(string userId, int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleAutosaves.Where(a => a.UserId == userId && a.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
}
