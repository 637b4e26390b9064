using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.Data;

namespace TuyenGiao.Articles;

/// <summary>
/// Which articles an account may open, and in which categories it may write. Contributors open only
/// what they created; an account limited to some categories opens only articles in them (a parent's
/// limit covers its children). Every newsroom page and save about an article asks here.
/// </summary>
public sealed class ArticleAccess(PortalDbContext db, SiteCategories siteCategories)
{
    /// <summary>The categories the account may work in, children included; null when it may work in all.</summary>
    public async Task<IReadOnlySet<int>?> CategoriesAsync(EditorialRights rights, CancellationToken cancellationToken = default)
    {
        if (rights.LimitedTo is not { } limited)
        {
            return null;
        }
        var children = await db.Categories.AsNoTracking()
            .Where(c => c.ParentId != null && limited.Contains(c.ParentId.Value))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        return limited.Concat(children).ToHashSet();
    }

    /// <summary>
    /// The categories the account may choose in the editor and the list's filter, as a two-level tree: a
    /// child it may write in whose parent it may not stands at the top.
    /// </summary>
    public async Task<IReadOnlyList<MenuCategory>> ChoicesAsync(EditorialRights rights, CancellationToken cancellationToken = default)
    {
        var all = await siteCategories.AllAsync(cancellationToken);
        if (await CategoriesAsync(rights, cancellationToken) is not { } allowed)
        {
            return all;
        }
        var choices = new List<MenuCategory>();
        foreach (var top in all)
        {
            if (allowed.Contains(top.Id))
            {
                choices.Add(top with { Children = [.. top.Children.Where(c => allowed.Contains(c.Id))] });
            }
            else
            {
                choices.AddRange(top.Children.Where(c => allowed.Contains(c.Id)));
            }
        }
        return choices;
    }

    /// <summary>The articles the account may see, as a query the newsroom's lists build on.</summary>
    public async Task<IQueryable<Article>> VisibleAsync(EditorialRights rights, CancellationToken cancellationToken = default) =>
        Visible(db.Articles.AsNoTracking(), rights, await CategoriesAsync(rights, cancellationToken));

    public static IQueryable<Article> Visible(IQueryable<Article> articles, EditorialRights rights, IReadOnlySet<int>? categories)
    {
        if (categories is not null)
        {
            articles = articles.Where(a => categories.Contains(a.CategoryId));
        }
        if (!rights.MayPublish)
        {
            articles = articles.Where(a => a.CreatedById == rights.Actor.UserId);
        }
        return articles;
    }

    public static bool MayOpen(Article article, EditorialRights rights, IReadOnlySet<int>? categories) =>
        (categories is null || categories.Contains(article.CategoryId))
        && (rights.MayPublish || (article.CreatedById is not null && article.CreatedById == rights.Actor.UserId));

    public async Task<bool> MayOpenAsync(Article article, EditorialRights rights, CancellationToken cancellationToken = default) =>
        MayOpen(article, rights, await CategoriesAsync(rights, cancellationToken));

    /// <summary>Whether one who may not publish can still change the article (their draft, or one returned to them).</summary>
    public static bool ContributorMayEdit(ArticleStatus status) =>
        status is ArticleStatus.Draft or ArticleStatus.Returned or ArticleStatus.Published or ArticleStatus.Scheduled;
}
