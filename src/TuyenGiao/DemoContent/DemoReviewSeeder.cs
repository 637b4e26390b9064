using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.DemoContent;

/// <summary>
/// The review as a new installation shows it: the demo contributor's articles, one waiting for review and
/// one the demo editor returned with a comment, made through the same services the newsroom uses. Only
/// where the demo accounts exist (Development), since the articles belong to them.
/// </summary>
public sealed class DemoReviewSeeder(PortalDbContext db, ArticleEditing editing, ArticleReview review)
{
    internal async Task SeedAsync(DemoContentFile content, CancellationToken cancellationToken)
    {
        var contributor = await AccountAsync(DemoAccounts.Contributor, cancellationToken);
        var editor = await AccountAsync(DemoAccounts.Editor, cancellationToken);
        if (contributor is null || editor is null)
        {
            return;
        }
        var writer = new EditorialRights(new Actor(contributor.Id, contributor.Email!), MayPublish: false, LimitedTo: null);
        var reviewer = new EditorialRights(new Actor(editor.Id, editor.Email!), MayPublish: true, LimitedTo: null);
        foreach (var demo in content.Review)
        {
            var categoryId = await db.Categories.Where(c => c.Slug == demo.Category).Select(c => c.Id).SingleAsync(cancellationToken);
            var sent = await editing.CreateAsync(new ArticleSave(
                new ArticleContent(demo.Title, demo.Sapo, demo.Body, categoryId, null, null, "Cộng tác viên trình diễn", null, false), 0, PublishChoice.Submit),
                writer, cancellationToken);
            if (demo.Returned is { } comment)
            {
                await review.ReturnAsync(sent.Article!.Id, comment, reviewer, cancellationToken);
            }
        }
    }

    private Task<PortalUser?> AccountAsync(DemoAccount demo, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == demo.Email, cancellationToken);
}
