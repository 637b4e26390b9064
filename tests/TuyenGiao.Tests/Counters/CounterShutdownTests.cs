using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Counters;

public sealed class CounterShutdownTests : DataFolderTest
{
    [Fact]
    public async Task Views_pending_at_a_graceful_stop_are_in_the_database_afterwards()
    {
        string url;
        int id;
        await using (var portal = PortalFactory.OnDataFolder(DataFolder))
        {
            (id, url) = await portal.WithDatabaseAsync(async db =>
            {
                var article = await db.Articles.Include(a => a.Category).OrderBy(a => a.Id).FirstAsync();
                return (article.Id, Web.SiteUrls.Article(article.Category!.Slug, article.Slug, article.Id));
            });
            var client = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            for (var i = 0; i < 12; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) Safari/604.1");
                request.Headers.Add("Cookie", Readers.CookieHeaderFor(portal, Readers.NewId()));
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        } // the host stops here, gracefully, well before the ten-second flush

        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UsePortalDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(DataFolder, "tuyengiao.db")}").Options);
        Assert.Equal(12, await db.Articles.Where(a => a.Id == id).Select(a => a.ViewCount).SingleAsync());
        Assert.Equal(12, await db.ArticleDailyViews.Where(v => v.ArticleId == id).SumAsync(v => v.Views));
    }
}
