using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Banners;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class FrameJourneyTests(BrowserSession session)
{
    public static TheoryData<string> Screens => new() { "phone", "desktop" };

    private static ViewportSize Screen(string name) => name == "phone" ? BrowserSession.Phone : BrowserSession.Desktop;

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_switches_the_organisation_page_to_english_and_back(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        await page.GotoAsync("/gioi-thieu/co-cau-to-chuc");
        await BrowserSession.ScreenshotAsync(page, "gioi-thieu");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/en/organisation$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Organisation");
        await BrowserSession.ScreenshotAsync(page, "organisation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gioi-thieu/co-cau-to-chuc$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_larger_text_size_survives_a_reload_without_a_cookie_and_the_listen_button_needs_a_vietnamese_voice(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        var articleUrl = await session.Portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderByDescending(a => a.PublishedAt).FirstAsync();
            return $"/{article.Category!.Slug}/{article.Slug}-{article.Id}";
        });
        await page.GotoAsync(articleUrl);
        var normal = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.article-body')).fontSize)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Chữ lớn hơn" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chữ lớn hơn" }).ClickAsync();
        await page.ReloadAsync();
        var larger = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.article-body')).fontSize)");
        var cookies = await page.Context.CookiesAsync();
        var hasVietnameseVoice = await page.EvaluateAsync<bool>("speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('vi'))");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-text-size", "2");
        Assert.True(larger > normal * 1.2, $"{normal}px → {larger}px");
        Assert.DoesNotContain(cookies, c => c.Value.Contains('2') && c.Name.Contains("chu", StringComparison.Ordinal));
        // Headless Chromium has no voices: the button stays hidden rather than read Vietnamese with another voice.
        if (!hasVietnameseVoice)
        {
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nghe bài viết" })).ToBeHiddenAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Cỡ chữ mặc định" }).ClickAsync();
        await Expect(page.Locator("html")).Not.ToHaveAttributeAsync("data-text-size", new Regex("."));
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_clicks_a_sponsors_banner_and_lands_on_its_destination(string screen)
    {
        var banner = await session.Portal.WithDatabaseAsync(db => db.Banners.OrderBy(b => b.Id).FirstAsync(b => b.Slot == BannerSlot.Sponsors));
        var page = await session.NewPageAsync(Screen(screen));
        // The destination is outside this closed network: the browser's request for it is stopped here.
        await page.RouteAsync(new Regex("^" + Regex.Escape(banner.DestinationUrl)), route => route.AbortAsync());
        await page.GotoAsync("/");

        var leaving = page.WaitForRequestAsync(new Regex("^" + Regex.Escape(banner.DestinationUrl)));
        await page.Locator($".banners-sponsors img[alt='{banner.AltText}']").ClickAsync();

        Assert.Equal(banner.DestinationUrl, (await leaving).Url);
    }

    [Fact]
    public async Task An_admin_writes_a_page_with_an_english_version_and_a_reader_on_a_phone_switches_language()
    {
        var admin = await session.SignedInAsync(Roles.Admin);
        await admin.GotoAsync("/admin/gioi-thieu/moi");
        await admin.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Quy chế phối hợp");
        await admin.GetByLabel("Nội dung (Markdown)").FillAsync("Quy chế phối hợp giữa Ban và các cơ quan báo chí.");
        await admin.GetByLabel("Đặt liên kết ở").SelectOptionAsync("Footer");
        await admin.GetByLabel("Tiêu đề tiếng Anh").FillAsync("Coordination rules");
        await admin.GetByLabel("Nội dung tiếng Anh (Markdown)").FillAsync("How the Board works with the press.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu trang" }).ClickAsync();
        await Expect(admin.Locator(".notice")).ToHaveTextAsync("Đã lưu trang giới thiệu.");

        var reader = await session.NewPageAsync(BrowserSession.Phone);
        await reader.GotoAsync("/");
        await reader.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Quy chế phối hợp" }).ClickAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Quy chế phối hợp");
        await reader.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Coordination rules");
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task An_admin_moves_the_photo_block_above_the_news_and_the_home_page_follows()
    {
        var admin = await session.SignedInAsync(Roles.Admin);
        var reader = await session.NewPageAsync(BrowserSession.Desktop);
        var headings = reader.Locator("main section > h2");
        await reader.GotoAsync("/");
        var before = await headings.AllTextContentsAsync();

        var original = await session.Portal.WithDatabaseAsync(db => db.HomeBlocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Order));
        await admin.GotoAsync("/admin/trang-chu");
        for (var i = 0; i < original.Count; i++)
        {
            await admin.GetByRole(AriaRole.Button, new() { Name = "Đưa khối Thư viện ảnh lên" }).ClickAsync();
            await Expect(admin.Locator(".notice")).ToContainTextAsync("Đã đổi thứ tự");
        }
        await reader.ReloadAsync();
        var after = await headings.AllTextContentsAsync();
        await BrowserSession.ScreenshotAsync(reader, "trang-chu-sap-xep");
        // Back to the order the other journeys expect (the save evicts the cached home page again).
        await session.Portal.WithDatabaseAsync(async db =>
        {
            foreach (var block in await db.HomeBlocks.ToListAsync())
            {
                block.Order = original[block.Id];
            }
            await db.SaveChangesAsync();
        });

        Assert.True(before.ToList().IndexOf("Thư viện ảnh") > before.ToList().IndexOf("Tiêu điểm"));
        Assert.Equal("Thư viện ảnh", after[0]);
    }
}
