using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
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
}
