using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Feedback;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>
/// axe-core on every public page type and the main newsroom pages, at phone and desktop widths, with a
/// screenshot of each kept in the test output's <c>screenshots</c> folder for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class AccessibilityTests(BrowserSession session)
{
    public static TheoryData<string> Screens => new() { "phone", "desktop" };

    private static ViewportSize Screen(string name) => name == "phone" ? BrowserSession.Phone : BrowserSession.Desktop;

    private async Task<Dictionary<string, string>> PublicPagesAsync()
    {
        var (articleUrl, articleId) = await session.Portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderByDescending(a => a.PublishedAt).FirstAsync(a => a.Status == ArticleStatus.Published);
            return ($"/{article.Category!.Slug}/{article.Slug}-{article.Id}", article.Id);
        });
        var (albumUrl, videoUrl) = await session.Portal.WithDatabaseAsync(async db =>
        {
            var album = await db.Albums.OrderBy(a => a.Id).FirstAsync(a => a.IsPublished);
            var video = await db.Videos.OrderBy(v => v.Id).FirstAsync(v => v.IsPublished);
            return ($"/thu-vien-anh/{album.Slug}-{album.Id}", $"/phim-tu-lieu/{video.Slug}-{video.Id}");
        });
        // A document with everything its page can show: a PDF, its series, related articles.
        var (documentUrl, seriesUrl) = await session.Portal.WithDatabaseAsync(async db =>
        {
            var document = await db.LegalDocuments.Include(d => d.Series).OrderBy(d => d.Id)
                .FirstAsync(d => d.IsPublished && d.SeriesId != null && d.RelatedArticles.Any() && d.Files.Any(f => f.Format == TuyenGiao.Documents.DocumentFileFormat.Pdf));
            return ($"/van-ban/{document.Slug}-{document.Id}", $"/van-ban/an-pham/{TuyenGiao.Text.Slug.FromTitle(document.Series!.Name)}-{document.SeriesId}");
        });
        var contestUrl = await session.Portal.WithDatabaseAsync(async db => $"/cuoc-thi/{(await db.Contests.OrderBy(c => c.Id).FirstAsync()).Slug}");
        var (openPoll, closedPoll, surveyUrl) = await session.Portal.WithDatabaseAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var survey = await db.Surveys.OrderBy(v => v.Id).FirstAsync(v => v.IsPublished);
            return (await db.Polls.Where(p => p.ClosesAt > now).Select(p => p.Id).FirstAsync(),
                await db.Polls.Where(p => p.ClosesAt <= now).Select(p => p.Id).FirstAsync(),
                $"/khao-sat/{survey.Slug}-{survey.Id}");
        });
        return new()
        {
            ["trang-chu"] = "/",
            ["chuyen-muc"] = $"/{BrowserSession.CrowdedCategory}",
            ["chuyen-muc-trang-2"] = $"/{BrowserSession.CrowdedCategory}?trang=2",
            ["bai-viet"] = articleUrl,
            ["tim-kiem"] = "/tim-kiem?q=tuyen+giao",
            ["tim-kiem-trong"] = "/tim-kiem?q=khongcobaivietnao",
            ["lien-he"] = "/lien-he",
            ["phan-hoi-bai-viet"] = $"/phan-hoi/{articleId}",
            ["da-gui"] = $"/lien-he/da-gui?bai={articleId}",
            ["khong-tim-thay"] = "/khong-co-trang-nay",
            ["thu-vien-anh"] = "/thu-vien-anh",
            ["album"] = albumUrl,
            ["phim-tu-lieu"] = "/phim-tu-lieu",
            ["phim"] = videoUrl,
            ["van-ban"] = "/van-ban",
            ["van-ban-loc"] = "/van-ban?loai=1&q=tri+thuc",
            ["mot-van-ban"] = documentUrl,
            ["an-pham"] = seriesUrl,
            ["gioi-thieu"] = "/gioi-thieu",
            ["co-cau-to-chuc"] = "/gioi-thieu/co-cau-to-chuc",
            ["lanh-dao-ban"] = "/gioi-thieu/lanh-dao-ban",
            ["tieng-anh"] = "/en",
            ["organisation"] = "/en/organisation",
            ["chuyen-de"] = "/chuyen-de",
            ["mot-chuyen-de"] = "/chuyen-de/ky-niem-115-nam-thanh-lap-tinh",
            ["tham-do"] = "/tham-do",
            ["tham-do-dang-mo"] = $"/tham-do/{openPoll}",
            ["tham-do-da-ket-thuc"] = $"/tham-do/{closedPoll}",
            ["ket-qua-tham-do-chua-binh-chon"] = $"/tham-do/{openPoll}/ket-qua",
            ["khao-sat"] = "/khao-sat",
            ["mot-khao-sat"] = surveyUrl,
            ["da-gui-khao-sat"] = $"{surveyUrl}/da-gui",
            ["cuoc-thi"] = "/cuoc-thi",
            ["mot-cuoc-thi"] = contestUrl,
            ["vao-thi"] = $"{contestUrl}/vao-thi",
            ["xep-hang-vong"] = $"{contestUrl}/xep-hang?vong=1",
            ["xep-hang-chung"] = $"{contestUrl}/xep-hang",
            ["thong-ke-don-vi"] = $"{contestUrl}/thong-ke",
        };
    }

    private async Task<Dictionary<string, string>> NewsroomPagesAsync()
    {
        var (articleId, feedbackId) = await session.Portal.WithDatabaseAsync(async db =>
        {
            var message = new FeedbackMessage { Name = "Hoàng Văn Nam", Email = "nam@example.vn", Subject = "Hỏi về lịch học nghị quyết", Body = "Xin cho biết lịch học tập nghị quyết của chi bộ khu phố.", ReceivedAt = DateTime.UtcNow };
            db.FeedbackMessages.Add(message);
            await db.SaveChangesAsync();
            return (await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(), message.Id);
        });
        var (albumId, videoId) = await session.Portal.WithDatabaseAsync(async db =>
            (await db.Albums.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(), await db.Videos.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync()));
        var documentId = await session.Portal.WithDatabaseAsync(db => db.LegalDocuments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var (introId, bannerId) = await session.Portal.WithDatabaseAsync(async db =>
            (await db.IntroPages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(), await db.Banners.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync()));
        var (pollId, surveyId) = await session.Portal.WithDatabaseAsync(async db =>
            (await db.Polls.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(), await db.Surveys.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync()));
        var contestId = await session.Portal.WithDatabaseAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        return new()
        {
            ["admin-tong-quan"] = "/admin",
            ["admin-bai-viet"] = "/admin/bai-viet",
            ["admin-viet-bai"] = "/admin/bai-viet/moi",
            ["admin-sua-bai"] = $"/admin/bai-viet/{articleId}",
            ["admin-lich-su"] = $"/admin/bai-viet/{articleId}/lich-su",
            ["admin-anh"] = "/admin/anh",
            ["admin-phan-hoi"] = "/admin/phan-hoi?trang-thai=tat-ca",
            ["admin-mot-phan-hoi"] = $"/admin/phan-hoi/{feedbackId}",
            ["admin-chuyen-muc"] = "/admin/chuyen-muc",
            ["admin-nguoi-dung"] = "/admin/nguoi-dung",
            ["admin-cai-dat"] = "/admin/cai-dat",
            ["admin-cau-hoi-kiem-tra"] = "/admin/cau-hoi-kiem-tra",
            ["admin-nhat-ky"] = "/admin/nhat-ky",
            ["admin-album"] = "/admin/album-anh",
            ["admin-tao-album"] = "/admin/album-anh/moi",
            ["admin-sua-album"] = $"/admin/album-anh/{albumId}",
            ["admin-phim"] = "/admin/phim-tu-lieu",
            ["admin-them-phim"] = "/admin/phim-tu-lieu/moi",
            ["admin-sua-phim"] = $"/admin/phim-tu-lieu/{videoId}",
            ["admin-tai-tep-phim"] = $"/admin/phim-tu-lieu/{videoId}/tai-tep",
            ["admin-van-ban"] = "/admin/van-ban",
            ["admin-them-van-ban"] = "/admin/van-ban/moi",
            ["admin-sua-van-ban"] = $"/admin/van-ban/{documentId}",
            ["admin-nhap-van-ban"] = "/admin/van-ban/nhap",
            ["admin-danh-muc-van-ban"] = "/admin/van-ban/danh-muc",
            ["admin-in-ma-qr"] = $"/admin/ma-qr/in?id={documentId}",
            ["admin-gioi-thieu"] = "/admin/gioi-thieu",
            ["admin-them-trang-gioi-thieu"] = "/admin/gioi-thieu/moi",
            ["admin-sua-trang-gioi-thieu"] = $"/admin/gioi-thieu/{introId}",
            ["admin-lich-su-trang-gioi-thieu"] = $"/admin/gioi-thieu/{introId}/lich-su",
            ["admin-lanh-dao"] = "/admin/lanh-dao",
            ["admin-lien-ket"] = "/admin/lien-ket",
            ["admin-banner"] = "/admin/banner",
            ["admin-luot-bam-banner"] = $"/admin/banner/{bannerId}/luot-bam",
            ["admin-chuyen-de"] = "/admin/chuyen-de",
            ["admin-trang-chu"] = "/admin/trang-chu",
            ["admin-duyet-bai"] = "/admin/duyet-bai",
            ["admin-lich-bien-tap"] = "/admin/lich-bien-tap",
            ["admin-xac-thuc-hai-buoc-cua-toi"] = "/admin/tai-khoan/xac-thuc-hai-buoc",
            ["admin-lich-su-dang-nhap"] = "/admin/tai-khoan/lich-su-dang-nhap",
            ["admin-bao-mat-dang-nhap"] = "/admin/nguoi-dung/bao-mat",
            ["admin-nhap-ma-xac-thuc"] = "/admin/dang-nhap/ma-xac-thuc",
            ["admin-tham-do"] = $"/admin/tham-do?id={pollId}",
            ["admin-khao-sat"] = "/admin/khao-sat",
            ["admin-tao-khao-sat"] = "/admin/khao-sat/moi",
            ["admin-sua-khao-sat"] = $"/admin/khao-sat/{surveyId}",
            ["admin-ket-qua-khao-sat"] = $"/admin/khao-sat/{surveyId}/ket-qua",
            ["admin-cuoc-thi"] = "/admin/cuoc-thi",
            ["admin-tao-cuoc-thi"] = "/admin/cuoc-thi/moi",
            ["admin-sua-cuoc-thi"] = $"/admin/cuoc-thi/{contestId}",
            ["admin-cau-hoi-thi"] = $"/admin/cuoc-thi/{contestId}/cau-hoi",
            ["admin-ket-qua-thi"] = $"/admin/cuoc-thi/{contestId}/ket-qua",
            ["admin-don-vi-du-thi"] = "/admin/cuoc-thi/don-vi",
        };
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Public_pages_have_no_serious_accessibility_violations_and_break_no_content_security_rule(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        var refusedByPolicy = ContentSecurityPolicyWatch.Watch(page);
        var problems = new List<string>();
        foreach (var (name, url) in await PublicPagesAsync())
        {
            problems.AddRange(await CheckAsync(page, name, url));
        }
        problems.AddRange(refusedByPolicy);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Newsroom_pages_have_no_serious_accessibility_violations_and_break_no_content_security_rule(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        var refusedByPolicy = ContentSecurityPolicyWatch.Watch(page);
        var problems = new List<string>(await CheckAsync(page, "admin-dang-nhap", "/admin/dang-nhap"));
        var email = await session.Portal.CreateAccountAsync(Roles.Admin);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Newsroom.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();

        foreach (var (name, url) in await NewsroomPagesAsync())
        {
            problems.AddRange(await CheckAsync(page, name, url));
        }
        problems.AddRange(refusedByPolicy);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Kestrel_names_no_server_and_sends_the_policy_the_browser_enforced()
    {
        using var client = new HttpClient { BaseAddress = new Uri(session.Portal.BaseUrl) };
        using var response = await client.GetAsync("/");

        Assert.False(response.Headers.Contains("Server"));
        Assert.Contains("script-src 'self'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
    }

    /// <summary>Opens the page, keeps a screenshot, and lists what axe finds serious or critical there.</summary>
    internal static async Task<IEnumerable<string>> CheckAsync(IPage page, string name, string url)
    {
        await page.GotoAsync(url);
        // The English pages (/en, /en/…) say so; every other page is Vietnamese.
        var english = url == "/en" || url.StartsWith("/en/", StringComparison.Ordinal);
        Assert.Equal(english ? "en" : "vi", await page.Locator("html").GetAttributeAsync("lang"));
        await ReaderJourneyTests.AssertNothingOverflowsAsync(page);
        // Lazy images below the fold load as a reader scrolls; the screenshot should show them as a reader would.
        await page.EvaluateAsync("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserSession.ScreenshotAsync(page, name);
        var results = await page.RunAxe();
        return results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }
}
