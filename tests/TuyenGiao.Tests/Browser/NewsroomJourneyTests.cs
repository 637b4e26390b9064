using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>Editors and admins at work in the browser, and what readers then see.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class NewsroomJourneyTests(BrowserSession session)
{
    private Task<IPage> SignedInAsync(string role, ViewportSize? viewport = null, string? email = null) => session.SignedInAsync(role, viewport, email);

    [Fact]
    public async Task An_editor_writes_uploads_an_image_previews_publishes_and_then_edits_an_article()
    {
        var page = await SignedInAsync(Roles.Editor);
        var title = $"Hội thi tuyên truyền viên giỏi cấp huyện {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Viết bài mới" }).ClickAsync();
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await BrowserSession.ArticleBody(page).FillAsync("Sáng nay, hội thi khai mạc tại Trung tâm Văn hóa huyện.");
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "— Thời sự trong tỉnh" });

        // The progress bar shows while the photo goes up, then the photo's Markdown lands in the body.
        await page.EvaluateAsync("""
            window.sawProgress = false;
            const box = document.querySelector('#upload-progress');
            new MutationObserver(() => { if (!box.hidden) window.sawProgress = true; }).observe(box, { attributes: true });
            """);
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "hoi-thi.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(2400, 1600) });
        await Expect(BrowserSession.StoredArticleBody(page)).ToHaveValueAsync(new Regex(@"!\[[^\]]*\]\(/media/.+-1600\.jpg\)"));
        Assert.True(await page.EvaluateAsync<bool>("window.sawProgress"), "the upload showed no progress");
        await Expect(page.Locator("#upload-progress")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(page.Locator(".preview h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".preview .article-body img")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await page.Locator(".preview .article-body img").EvaluateAsync<int>("img => img.naturalWidth") > 0, "the uploaded photo does not show");
        await BrowserSession.ScreenshotAsync(page, "admin-xem-truoc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu. Bài viết đang hiện trên trang công khai.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang công khai" }).ClickAsync();
        await Expect(page.Locator("h1.article-title")).ToHaveTextAsync(title);
        await Expect(page.Locator(".article-body img")).ToHaveAttributeAsync("srcset", new Regex("480w.*960w.*1600w"));

        await page.GoBackAsync();
        await page.GetByLabel("Tiêu đề").FillAsync(title + " (cập nhật)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu. Bài viết đang hiện trên trang công khai.");
        var reader = await session.NewPageAsync(BrowserSession.Phone);
        await reader.GotoAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang công khai" }).GetAttributeAsync("href") ?? "");
        await Expect(reader.Locator("h1.article-title")).ToHaveTextAsync(title + " (cập nhật)");
    }

    [Fact]
    public async Task An_admin_creates_a_category_moves_it_to_the_front_of_the_menu_and_readers_see_it_there()
    {
        var admin = await SignedInAsync(Roles.Admin);
        var name = $"Chuyển đổi số {Guid.NewGuid().ToString("N")[..4]}";
        await admin.GotoAsync("/admin/chuyen-muc");
        await admin.GetByLabel("Tên chuyên mục").FillAsync(name);
        await admin.GetByLabel("Thứ tự hiển thị (số nhỏ đứng trước)").FillAsync("900");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Thêm chuyên mục" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(admin, "admin-chuyen-muc");

        var reader = await session.NewPageAsync(BrowserSession.Desktop);
        await reader.GotoAsync("/");
        // The categories: neither the introduction pages an admin placed first nor the sections at the end.
        var menu = reader.Locator("nav.menu > ul > li:not(.menu-section):not(.menu-intro) > a");
        await Expect(menu.Last).ToHaveTextAsync(name);

        await admin.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        await admin.GetByLabel("Thứ tự hiển thị (số nhỏ đứng trước)").FillAsync("0");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        await reader.ReloadAsync();
        // Right after "Trang chủ".
        await Expect(menu.Nth(1)).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task An_editor_disabled_by_an_admin_is_signed_out_at_their_next_request()
    {
        var editorEmail = $"bien-tap-{Guid.NewGuid():N}@example.vn";
        var editor = await SignedInAsync(Roles.Editor, email: editorEmail);
        await editor.GotoAsync("/admin/bai-viet");
        await Expect(editor.Locator("h1")).ToHaveTextAsync("Bài viết");

        var admin = await SignedInAsync(Roles.Admin);
        var userId = await session.Portal.WithUsersAsync(async users => (await users.FindByEmailAsync(editorEmail))!.Id);
        await admin.GotoAsync($"/admin/nguoi-dung/{userId}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Vô hiệu hóa tài khoản" }).ClickAsync();
        await Expect(admin.Locator(".notice")).ToBeVisibleAsync();

        await editor.ReloadAsync();
        await Expect(editor).ToHaveURLAsync(new Regex("/admin/dang-nhap"));
    }

    [Fact]
    public async Task A_citizens_question_sent_from_a_phone_is_answered_in_the_inbox_and_published_under_the_article()
    {
        var citizen = await session.NewPageAsync(BrowserSession.Phone);
        await citizen.GotoAsync("/");
        await citizen.Locator(".featured h3 a, .lead-story h3 a").First.ClickAsync();
        var articleUrl = citizen.Url;
        var question = $"Xin hỏi khi nào phường tổ chức hội nghị tiếp xúc cử tri? ({Guid.NewGuid().ToString("N")[..6]})";
        var form = citizen.Locator("#phan-hoi form");
        await form.GetByLabel("Họ tên").FillAsync("Ngô Thị Thu");
        await form.GetByLabel("Email").FillAsync("thu.ngo@example.vn");
        await form.GetByLabel("Nội dung").FillAsync(question);
        await Expect(form.Locator("img.captcha-image")).ToHaveJSPropertyAsync("complete", true);
        await form.GetByLabel("Mã kiểm tra").FillAsync(await session.CaptchaAnswerAsync(citizen));
        await form.GetByRole(AriaRole.Button, new() { Name = "Gửi phản hồi" }).ClickAsync();
        await Expect(citizen.Locator("h1")).ToHaveTextAsync("Cảm ơn bạn đã gửi phản hồi");

        var editor = await SignedInAsync(Roles.Editor);
        await editor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Phản hồi \(\d+ mới\)$") }).ClickAsync();
        await editor.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm theo tên, email, tiêu đề, nội dung" }).FillAsync("ngo thi thu");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await editor.Locator(".feedback-table tbody a").First.ClickAsync();
        await Expect(editor.Locator(".message-body")).ToContainTextAsync(question);
        await editor.GetByLabel("Nội dung trả lời").FillAsync("Chào chị Thu, hội nghị diễn ra lúc 8 giờ sáng thứ Bảy tại hội trường phường.");
        await editor.GetByLabel(new Regex("^Đăng câu hỏi")).CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu trả lời" }).ClickAsync();
        await Expect(editor.Locator(".notice")).ToHaveTextAsync("Đã lưu trả lời và đăng vào mục Hỏi – Đáp của bài viết.");

        await citizen.GotoAsync(articleUrl);
        var answered = citizen.Locator(".questions .question", new() { HasText = question });
        await Expect(answered.Locator(".answer")).ToContainTextAsync("hội nghị diễn ra lúc 8 giờ sáng thứ Bảy");
        await BrowserSession.ScreenshotAsync(citizen, "bai-viet-hoi-dap");
    }
}
