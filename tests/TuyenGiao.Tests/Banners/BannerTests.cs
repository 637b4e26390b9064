using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Banners;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;
using TuyenGiao.Web.Caching;

namespace TuyenGiao.Tests.Banners;

public class BannerTests(MovableClockPortal portal) : IClassFixture<MovableClockPortal>
{
    private const string Banners = "/admin/banner";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Dictionary<string, string> BannerForm(string alt, string destination, DateOnly from, DateOnly? to, string slot = "Sidebar") => new()
    {
        ["Form.AltText"] = alt,
        ["Form.DestinationUrl"] = destination,
        ["Form.Slot"] = slot,
        ["Form.StartsOn"] = Day(from),
        ["Form.EndsOn"] = to is { } end ? Day(end) : "",
    };

    private DateOnly Today => VietnamTime.Today(portal.Clock.UtcNow);

    [Fact]
    public async Task A_click_goes_to_the_stored_destination_and_counts_once_per_reader_per_day_without_bots()
    {
        var banner = await portal.WithDatabaseAsync(db => db.Banners.FirstAsync(b => b.Slot == BannerSlot.Sponsors));
        var reader = portal.CreateClientWithoutRedirects();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36");
        var bot = portal.CreateClientWithoutRedirects();
        bot.DefaultRequestHeaders.UserAgent.ParseAdd("Googlebot/2.1 (+http://www.google.com/bot.html)");

        using var first = await reader.GetAsync($"/qc/{banner.Id}?url=https://evil.example");
        using var second = await reader.GetAsync($"/qc/{banner.Id}");
        using var byBot = await bot.GetAsync($"/qc/{banner.Id}");
        using var unknown = await reader.GetAsync("/qc/999999");
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();
        var stored = await portal.WithDatabaseAsync(db => db.Banners.AsNoTracking().FirstAsync(b => b.Id == banner.Id));
        var today = await portal.WithDatabaseAsync(db => db.BannerDailyClicks.AsNoTracking().SingleAsync(c => c.BannerId == banner.Id));
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(banner.DestinationUrl, first.Headers.Location!.AbsoluteUri);
        Assert.Equal(banner.DestinationUrl, second.Headers.Location!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.Redirect, byBot.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(banner.ClickCount + 1, stored.ClickCount);
        Assert.Equal(Today, today.Day);
        Assert.Equal(1, today.Clicks);
        Assert.Contains($"/qc/{banner.Id}", home.Document.QuerySelectorAll(".banners-sponsors a").Select(a => a.GetAttribute("href")));
        var clicksPage = await HtmlPage.GetAsync(await portal.SignedInAsync(Roles.Admin), $"/admin/banner/{banner.Id}/luot-bam");
        Assert.Contains(VietnamTime.FormatDay(Today), clicksPage.Text("table"));
    }

    [Fact]
    public async Task A_banner_scheduled_for_tomorrow_appears_only_then_without_a_save()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var tomorrow = Today.AddDays(1);
        using var saved = await admin.PostWithFilesAsync(Banners, BannerForm("Banner ngày mai: Hội báo Xuân", "https://example.vn/hoi-bao", tomorrow, tomorrow.AddDays(2)),
            "Form.Image", [("hoi-bao.jpg", TestImages.Jpeg(600, 200))], Banners);
        var articleUrl = (await portal.PublishArticleAsync("Bài để xem cột bên có banner", TimeSpan.FromHours(2))).Url;
        var watcher = portal.Services.GetRequiredService<ScheduleBoundaries>();

        var today = await HtmlPage.GetAsync(portal.CreateClient(), articleUrl);
        portal.Clock.UtcNow = ShowingDays.StartUtc(tomorrow).AddMinutes(1);
        var evicted = await watcher.EvictIfPassedAsync();
        var tomorrowPage = await HtmlPage.GetAsync(portal.CreateClient(), articleUrl);
        portal.Clock.UtcNow = ShowingDays.EndUtc(tomorrow.AddDays(2)).AddMinutes(1);
        await watcher.EvictIfPassedAsync();
        var afterEnd = await HtmlPage.GetAsync(portal.CreateClient(), articleUrl);
        portal.Clock.UtcNow = DateTime.UtcNow;

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Banner ngày mai: Hội báo Xuân", today.Html);
        Assert.True(evicted);
        Assert.Contains("Banner ngày mai: Hội báo Xuân", tomorrowPage.Document.QuerySelectorAll(".banners-sidebar img").Select(i => i.GetAttribute("alt")));
        Assert.DoesNotContain("Banner ngày mai: Hội báo Xuân", afterEnd.Html);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Form.DestinationUrl", "https://")]
    [InlineData("/trang-noi-bo", "Form.DestinationUrl", "https://")]
    [InlineData("ends-before-start", "Form.EndsOn", "phải từ ngày bắt đầu")]
    public async Task Bad_banner_input_is_refused_beside_its_field_and_the_form_keeps_what_was_typed(string destination, string field, string message)
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var endsBeforeStart = destination == "ends-before-start";
        var form = BannerForm("Banner thử dữ liệu sai", endsBeforeStart ? "https://example.vn" : destination, Today, endsBeforeStart ? Today.AddDays(-3) : null);

        using var response = await admin.PostWithFilesAsync(Banners, form, "Form.Image", [("banner.jpg", TestImages.Jpeg(600, 200))], Banners);
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Text($"[data-valmsg-for='{field}']"));
        Assert.Equal("Banner thử dữ liệu sai", page.Document.QuerySelector("input[name='Form.AltText']")!.GetAttribute("value"));
        Assert.False(await portal.WithDatabaseAsync(db => db.Banners.AnyAsync(b => b.AltText == "Banner thử dữ liệu sai")));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("lien-ket-tuong-doi")]
    [InlineData("ftp://example.vn")]
    public async Task A_link_that_is_not_http_or_https_is_refused_beside_its_field(string address)
    {
        var admin = await portal.SignedInAsync(Roles.Admin);

        using var response = await admin.PostFormAsync("/admin/lien-ket", new Dictionary<string, string> { ["Form.Name"] = "Liên kết thử", ["Form.Url"] = address });
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("https://", page.Text("[data-valmsg-for='Form.Url']"));
        Assert.Equal(address, page.Document.QuerySelector("input[name='Form.Url']")!.GetAttribute("value"));
        Assert.False(await portal.WithDatabaseAsync(db => db.WebsiteLinks.AnyAsync(l => l.Name == "Liên kết thử")));
    }
}
