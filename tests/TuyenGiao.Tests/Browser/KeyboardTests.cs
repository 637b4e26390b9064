using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>A reader or editor with a keyboard only: Tab to move, Enter to act, and always a visible focus.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class KeyboardTests(BrowserSession session)
{
    /// <summary>What has focus: its id, or else its text, as the test walks with Tab.</summary>
    private const string Focused = "(() => { const e = document.activeElement; return e.id || e.textContent.trim(); })()";

    /// <summary>
    /// Presses Tab until the focused element is <paramref name="target"/> (an id or a text), checking at
    /// every stop that the focus can be seen. Returns every stop on the way.
    /// </summary>
    private static async Task<List<string>> TabToAsync(IPage page, string target, int maxPresses = 40)
    {
        var stops = new List<string>();
        // A field with autofocus is already there.
        if (await page.EvaluateAsync<string>(Focused) == target)
        {
            return stops;
        }
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(Focused);
            stops.Add(focused);
            var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
            Assert.True(outline != "none", $"no visible focus on “{focused}”");
            if (focused == target)
            {
                return stops;
            }
        }
        throw new Xunit.Sdk.XunitException($"“{target}” was not reached with Tab; stops: {string.Join(" → ", stops)}");
    }

    [Fact]
    public async Task The_first_tab_shows_a_skip_link_that_leads_to_the_content()
    {
        var page = await session.NewPageAsync(BrowserSession.Phone);
        await page.GotoAsync("/");

        await TabToAsync(page, "Bỏ qua, đến nội dung chính", maxPresses: 1);
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the skip link stays off-screen when focused");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("#noi-dung$"));
        Assert.Equal("noi-dung", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_search_box_is_reached_and_used_with_tab_and_enter()
    {
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await page.GotoAsync("/");

        await TabToAsync(page, "tu-khoa");
        await page.Keyboard.TypeAsync("tuyen giao");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".result-count")).ToContainTextAsync("kết quả cho “tuyen giao”");
    }

    [Fact]
    public async Task The_menu_and_its_submenus_are_reached_and_followed_with_the_keyboard()
    {
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await page.GotoAsync("/");

        // A subcategory sits in a dropdown that opens when focus enters its parent.
        await TabToAsync(page, "Học tập và làm theo Bác");
        await Expect(page.Locator(".submenu a", new() { HasText = "Học tập và làm theo Bác" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Học tập và làm theo Bác");
    }

    [Fact]
    public async Task The_feedback_form_is_filled_and_sent_with_the_keyboard_alone()
    {
        var page = await session.NewPageAsync(BrowserSession.Phone);
        await page.GotoAsync("/lien-he");
        await Expect(page.Locator("img.captcha-image")).ToHaveJSPropertyAsync("complete", true);

        var stops = await TabToAsync(page, "phan-hoi-name");
        await page.Keyboard.TypeAsync("Vũ Minh Tuấn");
        stops.AddRange(await TabToAsync(page, "phan-hoi-email", maxPresses: 1));
        await page.Keyboard.TypeAsync("tuan.vu@example.vn");
        stops.AddRange(await TabToAsync(page, "phan-hoi-body", maxPresses: 2));
        await page.Keyboard.TypeAsync("Đề nghị mở thêm lớp bồi dưỡng lý luận chính trị cho đoàn viên.");
        stops.AddRange(await TabToAsync(page, "phan-hoi-captcha", maxPresses: 4));
        await page.Keyboard.TypeAsync(await session.CaptchaAnswerAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Cảm ơn bạn đã gửi phản hồi");
        Assert.DoesNotContain("phan-hoi-website", stops);
    }

    [Fact]
    public async Task An_editor_signs_in_with_the_keyboard_alone()
    {
        var email = await session.Portal.CreateAccountAsync(Roles.Editor);
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await page.GotoAsync("/admin/dang-nhap");

        await TabToAsync(page, "Form_Email");
        await page.Keyboard.TypeAsync(email);
        await TabToAsync(page, "Form_Password", maxPresses: 1);
        await page.Keyboard.TypeAsync(Newsroom.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
    }

    [Fact]
    public async Task Enter_in_the_editors_title_saves_the_draft()
    {
        var email = await session.Portal.CreateAccountAsync(Roles.Editor);
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await page.GotoAsync("/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Newsroom.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await page.GotoAsync("/admin/bai-viet/moi");
        await BrowserSession.ArticleBody(page).FillAsync("Nội dung bản nháp.");
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Khoa giáo" });

        await page.GetByLabel("Tiêu đề").FillAsync("Bản nháp lưu bằng phím Enter");
        await page.GetByLabel("Tiêu đề").PressAsync("Enter");

        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/bai-viet/\d+$"));
    }
}
