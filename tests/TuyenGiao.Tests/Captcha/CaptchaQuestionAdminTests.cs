using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Captcha;

/// <summary>Admins extend the pool of questions readers who cannot see the image are asked.</summary>
public sealed class CaptchaQuestionAdminTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/admin/cau-hoi-kiem-tra";

    [Fact]
    public async Task An_admin_adds_a_question_of_the_province_which_readers_are_then_asked()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var question = $"Tỉnh ta có bao nhiêu huyện? ({Guid.NewGuid():N})";

        using var added = await admin.PostFormAsync(Page, new Dictionary<string, string> { ["Form.Question"] = question, ["Form.Answers"] = "9 | chín" });
        var list = await HtmlPage.GetAsync(admin, Page);
        var stored = await portal.WithDatabaseAsync(db => db.CaptchaQuestions.SingleAsync(q => q.Question == question));
        var audit = await HtmlPage.GetAsync(admin, "/admin/nhat-ky");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("Đã thêm câu hỏi.", list.Text(".notice"));
        Assert.Contains(question, list.Text(".admin-table"));
        Assert.Equal(["9", "chín"], stored.AcceptedAnswers());
        Assert.Contains("Thêm câu hỏi kiểm tra", audit.Text(".admin-table"));
    }

    [Fact]
    public async Task A_question_without_a_usable_answer_comes_back_with_the_message_beside_the_field()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);

        var page = await HtmlPage.FromResponseAsync(await admin.PostFormAsync(Page,
            new Dictionary<string, string> { ["Form.Question"] = "Câu hỏi không có đáp án?", ["Form.Answers"] = " | ... | " }));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Cần ít nhất một đáp án", page.Text("[data-valmsg-for='Form.Answers']"));
        Assert.Equal("Câu hỏi không có đáp án?", page.Document.QuerySelector("#Form_Question")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Editors_cannot_change_the_pool()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var response = await editor.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
