using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>Duyệt bài in the browser, and a passkey used in place of the password.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class ReviewJourneyTests(BrowserSession session)
{
    [Fact]
    public async Task A_contributor_sends_an_editor_returns_it_with_a_comment_the_contributor_fixes_it_the_editor_schedules_it_and_a_reader_sees_it_then()
    {
        var title = $"Tuổi trẻ xã Tân Lập học tập nghị quyết {Guid.NewGuid().ToString("N")[..6]}";
        var contributor = await session.SignedInAsync(Roles.Contributor, BrowserSession.Phone);
        await contributor.GetByRole(AriaRole.Link, new() { Name = "Viết bài mới" }).ClickAsync();
        await contributor.GetByLabel("Tiêu đề").FillAsync(title);
        await BrowserSession.ArticleBody(contributor).FillAsync("Sáng nay, đoàn viên xã Tân Lập học tập nghị quyết.");
        await contributor.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "— Thời sự trong tỉnh" });
        Assert.Equal(0, await contributor.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).CountAsync());
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt", Exact = true }).ClickAsync();
        await Expect(contributor.Locator(".notice").First).ToContainTextAsync("Đã gửi bài để duyệt");
        var articleUrl = contributor.Url;

        var editor = await session.SignedInAsync(Roles.Editor);
        await editor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Duyệt bài \(\d+ chờ duyệt\)") }).ClickAsync();
        await editor.Locator("#cho-duyet + ul").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.GetByLabel(new Regex("^Ý kiến")).FillAsync("Xin thêm số đoàn viên tham dự và tên người chủ trì.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Trả lại bài kèm ý kiến này" }).ClickAsync();
        await Expect(editor.Locator("p.notice").First).ToHaveTextAsync("Đã trả lại bài cho người viết, kèm ý kiến của bạn.");

        await contributor.GotoAsync("/admin");
        await contributor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"\(1 bị trả lại\)") }).ClickAsync();
        await contributor.Locator("#tra-lai + ul").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(contributor.Locator(".thread-returned .thread-text")).ToHaveTextAsync("Xin thêm số đoàn viên tham dự và tên người chủ trì.");
        await BrowserSession.ArticleBody(contributor).FillAsync("Sáng nay, 120 đoàn viên xã Tân Lập học tập nghị quyết, do Bí thư Đoàn xã chủ trì.");
        await BrowserSession.ScreenshotAsync(contributor, "admin-bai-bi-tra-lai");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt lại" }).ClickAsync();
        await Expect(contributor.Locator(".notice").First).ToContainTextAsync("Đã gửi bài để duyệt");

        // The editor schedules it a few seconds ahead (seconds typed in, as the field allows).
        await editor.GotoAsync(articleUrl.Replace(session.Portal.BaseUrl, "", StringComparison.Ordinal));
        var at = VietnamTime.ToLocal(DateTime.UtcNow.AddSeconds(12));
        await editor.Locator("#Form_ScheduleAt").EvaluateAsync("(input, value) => input.value = value", at.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Duyệt và hẹn giờ đăng" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToContainTextAsync("Bài viết sẽ tự động đăng lúc");
        await BrowserSession.ScreenshotAsync(editor, "admin-bai-da-duyet");

        var id = int.Parse(articleUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var reader = await session.NewPageAsync(BrowserSession.Phone);
        var publicUrl = await session.Portal.PublicUrlAsync(id);
        Assert.Equal(404, (await reader.GotoAsync(publicUrl))!.Status);
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while ((await reader.GotoAsync(publicUrl))!.Status == 404 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
        }
        await Expect(reader.Locator("h1.article-title")).ToHaveTextAsync(title);
        await Expect(reader.Locator(".article-body")).ToContainTextAsync("120 đoàn viên");
        Assert.True(DateTime.UtcNow >= VietnamTime.ToUtc(at), "the article went live before its time");
    }

    [Fact]
    public async Task An_editor_adds_a_passkey_and_signs_in_with_it_without_the_password()
    {
        var email = await session.Portal.CreateAccountAsync(Roles.Editor);
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        // A virtual authenticator that answers as a phone's fingerprint would (Chromium's DevTools protocol).
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
        var site = session.Portal.LocalhostUrl;
        await page.GotoAsync($"{site}/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Newsroom.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xác thực hai bước" }).ClickAsync();
        await page.GetByLabel(new Regex("^Tên passkey")).FillAsync("Máy tính cơ quan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm passkey" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Đã thêm passkey");
        await Expect(page.Locator(".passkey-list")).ToContainTextAsync("Máy tính cơ quan");
        await BrowserSession.ScreenshotAsync(page, "admin-xac-thuc-hai-buoc");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/dang-nhap"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập bằng passkey" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await page.GotoAsync($"{site}/admin/tai-khoan/lich-su-dang-nhap");
        await Expect(page.Locator(".sign-in-history tbody tr").First).ToContainTextAsync("Đăng nhập thành công bằng passkey");
    }
}
