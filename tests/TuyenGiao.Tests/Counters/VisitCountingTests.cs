using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Support;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Tests.Counters;

/// <summary>
/// Readers are told apart by their cookie, as browsers that accept it are. Pages are rendered afresh
/// here; how long a cached page's figures may lag is pinned in the page cache's tests.
/// </summary>
public class VisitCountingTests(UncachedPortal portal) : IClassFixture<UncachedPortal>
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
    private const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private HttpClient Client() => portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private static string NewVisitor() => Readers.NewId();

    private HttpRequestMessage Request(HttpMethod method, string url, string? visitor, string userAgent = Phone)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.UserAgent.ParseAdd(userAgent);
        if (visitor is not null)
        {
            request.Headers.Add("Cookie", Readers.CookieHeaderFor(portal, visitor));
        }
        return request;
    }

    private async Task<HttpStatusCode> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client().SendAsync(request);
        return response.StatusCode;
    }

    private Task<(int Id, string Url)> NewArticleAsync(string title) => portal.PublishArticleAsync(title, TimeSpan.FromHours(2));


    private Task FlushAsync() => portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();

    [Fact]
    public async Task Many_parallel_readers_count_exactly_once_each_and_reloads_and_bots_add_nothing()
    {
        var (id, url) = await NewArticleAsync("Bài được nhiều người đọc cùng lúc");
        var readers = Enumerable.Range(0, 300).Select(_ => NewVisitor()).ToList();

        var firstReads = readers.Select(visitor => SendAsync(Request(HttpMethod.Get, url, visitor)));
        var statuses = await Task.WhenAll(firstReads);
        var reloads = readers.Take(150).Select(visitor => SendAsync(Request(HttpMethod.Get, url, visitor)));
        var bots = Enumerable.Range(0, 50).Select(_ => SendAsync(Request(HttpMethod.Get, url, NewVisitor(), Googlebot)));
        await Task.WhenAll(reloads.Concat(bots));
        await FlushAsync();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(300, await portal.StoredViewsAsync(id));
        var today = VisitCalendar.Today(DateTime.UtcNow);
        Assert.Equal(300, await portal.WithDatabaseAsync(db => db.ArticleDailyViews.Where(v => v.ArticleId == id && v.Day == today).Select(v => v.Views).SingleAsync()));
    }

    [Fact]
    public async Task Head_requests_prefetches_and_missing_articles_count_nothing()
    {
        var (id, url) = await NewArticleAsync("Bài chỉ được tải trước");

        await SendAsync(Request(HttpMethod.Head, url, NewVisitor()));
        var prefetch = Request(HttpMethod.Get, url, NewVisitor());
        prefetch.Headers.Add("Sec-Purpose", "prefetch;prerender");
        await SendAsync(prefetch);
        var oldPrefetch = Request(HttpMethod.Get, url, NewVisitor());
        oldPrefetch.Headers.Add("Purpose", "prefetch");
        await SendAsync(oldPrefetch);
        var notFound = await SendAsync(Request(HttpMethod.Get, url.Replace($"-{id}", $"-{id + 100000}", StringComparison.Ordinal), NewVisitor()));
        await FlushAsync();

        Assert.Equal(HttpStatusCode.NotFound, notFound);
        Assert.Equal(0, await portal.StoredViewsAsync(id));
    }

    [Fact]
    public async Task The_page_shows_the_readers_view_on_reload_and_another_reload_adds_nothing()
    {
        var (_, url) = await NewArticleAsync("Bài đếm lượt xem khi tải lại");
        var visitor = NewVisitor();

        async Task<string> ViewsShownAsync() =>
            (await HtmlPage.SendAsync(Client(), Request(HttpMethod.Get, url, visitor))).Text(".article .views");

        var first = await ViewsShownAsync();
        var reload = await ViewsShownAsync();
        var again = await ViewsShownAsync();

        Assert.Equal("Lượt xem: 0", first);
        Assert.Equal("Lượt xem: 1", reload);
        Assert.Equal("Lượt xem: 1", again);
    }

    [Fact]
    public async Task A_reader_without_a_cookie_gets_one_and_stays_the_same_visitor()
    {
        var (id, url) = await NewArticleAsync("Bài cho người đọc lần đầu");

        using var first = await Client().SendAsync(Request(HttpMethod.Get, url, visitor: null));
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(VisitorIds.CookieName, StringComparison.Ordinal));
        using var withoutCookieAgain = await Client().SendAsync(Request(HttpMethod.Get, url, visitor: null));
        var returning = Request(HttpMethod.Get, url, visitor: null);
        returning.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var withCookie = await Client().SendAsync(returning);
        await FlushAsync();

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await portal.StoredViewsAsync(id));
    }

    [Fact]
    public async Task The_widget_shows_what_the_database_holds()
    {
        await NewArticleAsync("Bài cho thống kê truy cập");
        foreach (var visitor in Enumerable.Range(0, 7).Select(_ => NewVisitor()))
        {
            await SendAsync(Request(HttpMethod.Get, "/", visitor));
        }
        await FlushAsync();
        var today = VisitCalendar.Today(DateTime.UtcNow);
        var stored = await portal.WithDatabaseAsync(db => db.SiteDailyVisits.Where(v => v.Day == today).Select(v => v.Visits).SingleAsync());
        var total = await portal.WithDatabaseAsync(db => db.SiteDailyVisits.SumAsync(v => v.Visits));

        var page = await HtmlPage.GetAsync(Client(), "/");

        Assert.True(stored >= 7, $"{stored} visits stored today");
        Assert.Equal("Thống kê truy cập", page.Text("#thong-ke-truy-cap"));
        Assert.Equal(stored.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Text("[data-stat=today]").Replace(".", "", StringComparison.Ordinal));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Text("[data-stat=all]").Replace(".", "", StringComparison.Ordinal));
        Assert.True(int.Parse(page.Text("[data-stat=online]"), System.Globalization.CultureInfo.InvariantCulture) >= 7);
    }
}
