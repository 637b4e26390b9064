using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Web;

namespace TuyenGiao.Tests.Support;

/// <summary>What the database holds about one article now, as tests ask it after going through the pages.</summary>
public static class StoredArticles
{
    public static Task<Article> StoredArticleAsync(this PortalFactory portal, int id) =>
        portal.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Category).FirstAsync(a => a.Id == id));

    public static Task<long> StoredViewsAsync(this PortalFactory portal, int id) =>
        portal.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.ViewCount).SingleAsync());

    public static async Task<string> PublicUrlAsync(this PortalFactory portal, int id)
    {
        var article = await portal.StoredArticleAsync(id);
        return SiteUrls.Article(article.Category!.Slug, article.Slug, article.Id);
    }
}
