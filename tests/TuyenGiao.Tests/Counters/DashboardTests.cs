using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Support;
using TuyenGiao.Web;

namespace TuyenGiao.Tests.Counters;

public class DashboardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Shows_thirty_days_of_views_as_a_chart_the_most_read_and_the_visit_statistics()
    {
        var (title, url) = await portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderByDescending(a => a.Id).FirstAsync();
            return (article.Title, SiteUrls.Article(article.Category!.Slug, article.Slug, article.Id));
        });
        var readers = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36");
            request.Headers.Add("Cookie", Readers.CookieHeaderFor(portal, Readers.NewId()));
            (await readers.SendAsync(request)).Dispose();
        }
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);

        var page = await HtmlPage.GetAsync(editor, "/admin");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(30, page.Document.QuerySelectorAll(".views-chart svg rect.bar").Length);
        var todayRow = page.Document.QuerySelectorAll(".views-chart table tbody tr")[^1];
        Assert.Equal([DateTime.UtcNow.AddHours(7).ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture), "4"],
            todayRow.QuerySelectorAll("td").Select(td => td.TextContent));
        var today = page.Document.QuerySelectorAll(".most-read-columns > section")[0];
        Assert.Equal("Hôm nay", today.QuerySelector("h3")!.TextContent);
        Assert.Equal(title, today.QuerySelector("li a")!.TextContent);
        Assert.Equal("4 lượt", today.QuerySelector("li .count")!.TextContent);
        Assert.Contains("Hôm nay", page.Text(".dashboard-stats"));
    }
}
