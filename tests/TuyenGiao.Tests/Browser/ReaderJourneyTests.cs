using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>A citizen reading on a phone and on a desktop: browsing, searching and sending feedback.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class ReaderJourneyTests(BrowserSession session)
{
    public static TheoryData<string> Screens => new() { "phone", "desktop" };

    private static ViewportSize Screen(string name) => name == "phone" ? BrowserSession.Phone : BrowserSession.Desktop;

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_goes_from_the_home_page_through_a_category_and_its_second_page_to_an_article(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        await page.GotoAsync("/");
        // The stylesheet arrived with its rules (a browser asks for it compressed).
        Assert.True(await page.EvaluateAsync<int>("document.styleSheets[0].cssRules.length") > 50);
        await BrowserSession.ScreenshotAsync(page, "trang-chu");

        await page.Locator("nav.menu").GetByRole(AriaRole.Link, new() { Name = "Tin tức - Sự kiện", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tin tức - Sự kiện");
        await Expect(page.Locator(".subcategories")).ToContainTextAsync("Thời sự trong tỉnh");
        await BrowserSession.ScreenshotAsync(page, "chuyen-muc");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trang sau" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("trang=2$"));
        await Expect(page.Locator(".pager [aria-current=page]")).ToHaveTextAsync("2");

        await page.Locator("main h2 a").First.ClickAsync();
        await Expect(page.Locator("h1.article-title")).ToBeVisibleAsync();
        await Expect(page.Locator(".article .meta time")).ToHaveTextAsync(
            new Regex(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2}/\d{1,2}/\d{4} \d{2}:\d{2} \(GMT\+7\)$"));
        await Expect(page.Locator(".article .meta .views")).ToHaveTextAsync(new Regex(@"^Lượt xem: [\d.]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tin liên quan" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "bai-viet");
        await AssertNothingOverflowsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Searching_without_diacritics_finds_articles_written_with_them(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm" }).FillAsync("tuyen giao");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm" }).PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Tìm kiếm");
        await Expect(page.Locator(".result-count")).ToHaveTextAsync(new Regex("Tìm thấy \\d+ kết quả cho “tuyen giao”"));
        // The reader's toneless words are marked where the articles write them with their tones.
        await Expect(page.Locator(".search-hit mark").First).ToHaveTextAsync(new Regex("^(tuyên|giáo)$", RegexOptions.IgnoreCase));
        await BrowserSession.ScreenshotAsync(page, "tim-kiem");
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_sends_feedback_under_an_article_and_sees_the_confirmation(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        var articleUrl = await ArticleUrlAsync();
        await page.GotoAsync(articleUrl);
        var form = page.Locator("#phan-hoi form");
        var body = $"Bài viết rất bổ ích, đề nghị đăng thêm ảnh hội nghị. ({screen} {Guid.NewGuid():N})";

        await form.GetByLabel("Họ tên").FillAsync("Phạm Văn Dũng");
        await form.GetByLabel("Email").FillAsync("dung.pham@example.vn");
        await form.GetByLabel("Nội dung").FillAsync(body);
        await Expect(form.Locator("img.captcha-image")).ToHaveJSPropertyAsync("complete", true);
        await BrowserSession.ScreenshotAsync(page, "bai-viet-phan-hoi");
        await form.GetByLabel("Mã kiểm tra").FillAsync((await session.CaptchaAnswerAsync(page)).ToLowerInvariant());
        await form.GetByRole(AriaRole.Button, new() { Name = "Gửi phản hồi" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Cảm ơn bạn đã gửi phản hồi");
        await BrowserSession.ScreenshotAsync(page, "da-gui");
        Assert.Equal("Phạm Văn Dũng", await session.Portal.WithDatabaseAsync(db => db.FeedbackMessages.Where(m => m.Body == body).Select(m => m.Name).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_wrong_captcha_keeps_what_the_reader_typed_and_shows_the_error(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        await page.GotoAsync("/lien-he");
        var body = "Xin hỏi lịch sinh hoạt chi bộ tháng này?\nCảm ơn Ban biên tập.";

        await page.GetByLabel("Họ tên").FillAsync("Đỗ Thị Lan");
        await page.GetByLabel("Email").FillAsync("lan.do@example.vn");
        await page.GetByLabel("Nội dung").FillAsync(body);
        await page.GetByLabel("Mã kiểm tra").FillAsync("SAI");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản hồi" }).ClickAsync();

        await Expect(page.Locator("#phan-hoi-captcha-loi")).ToHaveTextAsync("Mã kiểm tra chưa đúng. Xin nhập mã mới bên dưới.");
        await Expect(page.GetByLabel("Họ tên")).ToHaveValueAsync("Đỗ Thị Lan");
        await Expect(page.GetByLabel("Nội dung")).ToHaveValueAsync(body);
        await Expect(page.GetByLabel("Mã kiểm tra")).ToHaveValueAsync("");
        await BrowserSession.ScreenshotAsync(page, "lien-he-loi");
    }

    [Fact]
    public async Task With_javascript_a_new_captcha_image_comes_without_leaving_the_page()
    {
        var page = await session.NewPageAsync(BrowserSession.Phone);
        await page.GotoAsync("/lien-he");
        await page.GetByLabel("Nội dung").FillAsync("Nội dung đang gõ dở");
        await Expect(page.Locator("img.captcha-image")).ToHaveJSPropertyAsync("complete", true);
        var before = await session.CaptchaAnswerAsync(page);

        var imageResponse = page.WaitForResponseAsync(response => response.Url.Contains("/ma-kiem-tra", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mã khác" }).ClickAsync();
        await imageResponse;

        Assert.NotEqual(before, await session.CaptchaAnswerAsync(page));
        await Expect(page.GetByLabel("Nội dung")).ToHaveValueAsync("Nội dung đang gõ dở");
        await Expect(page.GetByLabel("Mã kiểm tra")).ToBeFocusedAsync();
    }

    private Task<string> ArticleUrlAsync() =>
        session.Portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderByDescending(a => a.PublishedAt)
                .FirstAsync(a => a.Status == ArticleStatus.Published);
            return $"/{article.Category!.Slug}/{article.Slug}-{article.Id}";
        });

    /// <summary>Nothing wider than the screen: a phone reader never scrolls sideways.</summary>
    internal static async Task AssertNothingOverflowsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }
}
