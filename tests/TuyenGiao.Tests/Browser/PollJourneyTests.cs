using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class PollJourneyTests(BrowserSession session)
{
    private const string OpenPollQuestion = "Bạn thường theo dõi tin tức, hoạt động của Ban Tuyên giáo qua kênh nào?";

    [Fact]
    public async Task A_reader_on_a_phone_votes_in_the_home_pages_poll_by_touch_and_sees_the_results()
    {
        var page = await session.NewPageAsync(BrowserSession.Phone);
        await page.GotoAsync("/");
        var block = page.Locator(".poll-block");
        await Expect(block.Locator("legend")).ToHaveTextAsync(OpenPollQuestion);

        await block.GetByText("Trang Facebook, Zalo của Ban").TapAsync();
        await block.GetByText("Bản tin, tài liệu in").TapAsync();
        await block.GetByRole(AriaRole.Button, new() { Name = "Bình chọn" }).TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/tham-do/\d+/ket-qua$"));
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Cảm ơn bạn đã bình chọn. Phiếu của bạn đã được ghi nhận.");
        await Expect(page.Locator(".result-bars li")).ToHaveCountAsync(4);
        await Expect(page.Locator(".result-bars meter").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "ket-qua-tham-do");
    }

    [Fact]
    public async Task A_reader_votes_with_the_keyboard_alone_and_a_vote_with_nothing_chosen_is_explained_first()
    {
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await page.GotoAsync("/tham-do");
        var form = page.Locator(".poll-card form").First;

        await form.GetByRole(AriaRole.Button, new() { Name = "Bình chọn" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".poll-form .field-error")).ToHaveTextAsync("Vui lòng chọn ít nhất một phương án.");
        await page.GetByLabel("Sinh hoạt chi bộ, hội nghị báo cáo viên").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bình chọn" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/tham-do/\d+/ket-qua$"));
        await Expect(page.Locator(".notice")).ToContainTextAsync("Cảm ơn bạn đã bình chọn");
    }

    [Fact]
    public async Task A_reader_on_a_phone_answers_the_survey_after_being_shown_what_is_missing_and_keeps_what_they_typed()
    {
        var page = await session.NewPageAsync(BrowserSession.Phone);
        await page.GotoAsync("/khao-sat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Khảo sát mức độ hài lòng của bạn đọc với Cổng thông tin điện tử" }).TapAsync();
        var suggestion = page.GetByLabel(new Regex("^Câu 4\\."));
        await suggestion.FillAsync("Nên có mục hỏi đáp về nghị quyết cho người trẻ.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu trả lời" }).TapAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Còn câu hỏi cần trả lời lại");
        await Expect(page.Locator(".survey-question").Nth(0).Locator(".field-error")).ToHaveTextAsync("Vui lòng chọn câu trả lời.");
        await Expect(suggestion).ToHaveValueAsync("Nên có mục hỏi đáp về nghị quyết cho người trẻ.");
        await BrowserSession.ScreenshotAsync(page, "khao-sat-thieu-cau-tra-loi");

        await page.GetByText("Dưới 30 tuổi").TapAsync();
        await page.GetByText("Văn bản, tài liệu sinh hoạt chi bộ").TapAsync();
        await page.GetByLabel("4", new() { Exact = true }).TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu trả lời" }).TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/da-gui$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cảm ơn bạn đã tham gia khảo sát");
    }
}
