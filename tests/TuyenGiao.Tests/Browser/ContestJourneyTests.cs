using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class ContestJourneyTests(BrowserSession session)
{
    private async Task<string> ContestUrlAsync() =>
        await session.Portal.WithDatabaseAsync(async db => $"/cuoc-thi/{(await db.Contests.OrderBy(c => c.Id).FirstAsync()).Slug}");

    [Fact]
    public async Task A_citizen_on_a_phone_registers_takes_an_attempt_by_touch_and_sees_the_result()
    {
        var page = await session.NewPageAsync(BrowserSession.Phone);
        var refusedByPolicy = ContentSecurityPolicyWatch.Watch(page);
        await page.GotoAsync("/");
        await page.Locator(".contest-block li a").First.TapAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vào thi" }).TapAsync();

        await page.GetByLabel("Số điện thoại di động").FillAsync("0966 123 456");
        await page.GetByLabel("Họ và tên").FillAsync("Đỗ Thị Thu Trang");
        await page.GetByLabel("Năm sinh").FillAsync("1998");
        await page.GetByLabel("Đơn vị, nơi sinh sống hoặc công tác").SelectOptionAsync(new SelectOptionValue { Label = "Xã Hòa Lạc" });
        await page.GetByLabel(new Regex("^Mã kiểm tra")).FillAsync(await session.CaptchaAnswerAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu làm bài" }).TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/bai-thi/[A-Za-z0-9_-]{22}$"));
        var problems = new List<string>(await AccessibilityTests.CheckAsync(page, "bai-thi", page.Url));
        var questions = page.Locator("fieldset.contest-question");
        await Expect(questions).ToHaveCountAsync(10);
        for (var i = 0; i < 10; i++)
        {
            await questions.Nth(i).Locator("label").First.TapAsync();
        }
        await page.GetByLabel(new Regex("^Câu dự đoán")).FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài" }).TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/ket-qua/[A-Za-z0-9_-]{22}$"));
        await Expect(page.Locator(".contest-score")).ToContainTextAsync("Bạn trả lời đúng");
        await Expect(page.Locator(".meta").First).ToContainTextAsync("Đỗ Thị Thu Trang (09xx xxx 456)");
        problems.AddRange(await AccessibilityTests.CheckAsync(page, "ket-qua-bai-thi", page.Url));
        problems.AddRange(refusedByPolicy);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_participant_takes_an_attempt_with_the_keyboard_alone()
    {
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await page.GotoAsync($"{await ContestUrlAsync()}/vao-thi");
        await page.GetByLabel("Số điện thoại di động").FocusAsync();
        await page.Keyboard.TypeAsync("0355 000 111");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Phan Văn Phím");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("1975");
        await page.GetByLabel("Đơn vị, nơi sinh sống hoặc công tác").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByLabel(new Regex("^Mã kiểm tra")).FocusAsync();
        await page.Keyboard.TypeAsync(await session.CaptchaAnswerAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/bai-thi/"));
        // Tab reaches each question's options; the arrow keys choose within the group.
        await page.Locator("fieldset.contest-question input").First.FocusAsync();
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(page.GetByLabel(new Regex("^Câu dự đoán"))).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("7");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/ket-qua/"));
        await Expect(page.Locator(".contest-score")).ToContainTextAsync("/10 câu");
    }
}
