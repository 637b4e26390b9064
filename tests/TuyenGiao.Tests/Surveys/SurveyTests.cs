using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.Accounts;
using TuyenGiao.Surveys;
using TuyenGiao.Tests.Polls;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;

namespace TuyenGiao.Tests.Surveys;

public class SurveyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Today => VietnamTime.Today(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The editors' form for a survey of four questions, one of each kind; the first and the scale required.</summary>
    private static Dictionary<string, string> SurveyForm(string title) => new()
    {
        ["Form.Title"] = title,
        ["Form.Description"] = "Khảo sát thử của bộ kiểm thử.",
        ["Form.OpensOn"] = Today,
        ["Form.ClosesOn"] = "",
        ["Form.IsPublished"] = "true",
        ["Form.Questions[0].Text"] = "Bạn là đảng viên, đoàn viên hay quần chúng?",
        ["Form.Questions[0].Kind"] = "SingleChoice",
        ["Form.Questions[0].Choices"] = "Đảng viên\nĐoàn viên\nQuần chúng",
        ["Form.Questions[0].IsRequired"] = "true",
        ["Form.Questions[1].Text"] = "Bạn tham gia những hình thức học tập nghị quyết nào?",
        ["Form.Questions[1].Kind"] = "MultipleChoice",
        ["Form.Questions[1].Choices"] = "Hội nghị trực tiếp\nHọc trực tuyến\nTự đọc tài liệu",
        ["Form.Questions[2].Text"] = "Nội dung nghị quyết dễ hiểu ở mức nào?",
        ["Form.Questions[2].Kind"] = "Scale",
        ["Form.Questions[2].IsRequired"] = "true",
        ["Form.Questions[3].Text"] = "Góp ý của bạn",
        ["Form.Questions[3].Kind"] = "FreeText",
    };

    /// <summary>A published survey made through the editors' form: the survey with its questions in order, and its public address.</summary>
    private async Task<(Survey Survey, string Url)> NewSurveyAsync(string title)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        using var saved = await editor.PostFormAsync("/admin/khao-sat/moi", SurveyForm(title));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var survey = await StoredAsync(title);
        return (survey, $"/khao-sat/{survey.Slug}-{survey.Id}");
    }

    private Task<Survey> StoredAsync(string title) =>
        portal.WithDatabaseAsync(db => db.Surveys.AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Order)).SingleAsync(s => s.Title == title));

    private static List<KeyValuePair<string, string>> Answers(Survey survey, string single, string[] several, string scale, string text)
    {
        var q = survey.Questions;
        var answers = new List<KeyValuePair<string, string>>
        {
            new($"q{q[0].Id}", single), new($"q{q[2].Id}", scale), new($"q{q[3].Id}", text),
        };
        answers.AddRange(several.Select(v => KeyValuePair.Create($"q{q[1].Id}", v)));
        return answers;
    }

    [Fact]
    public async Task A_reader_answers_every_kind_of_question_once_and_a_second_response_is_refused_and_not_counted()
    {
        var (survey, url) = await NewSurveyAsync("Khảo sát việc học tập nghị quyết năm 2026");
        var reader = portal.NewReader();

        using var sent = await reader.PostAsync(url, new FormUrlEncodedContent(Answers(survey, "1", ["0", "2"], "4", "Nên có thêm tài liệu hỏi đáp ngắn.")));
        var thanks = await HtmlPage.GetAsync(reader, sent.Headers.Location!.OriginalString);
        var again = await HtmlPage.FromResponseAsync(await reader.PostAsync(url, new FormUrlEncodedContent(Answers(survey, "0", [], "1", "Lần thứ hai"))));
        var stored = await portal.WithDatabaseAsync(db => db.SurveyResponses.AsNoTracking().Include(r => r.Answers).SingleAsync(r => r.SurveyId == survey.Id));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"{url}/da-gui", sent.Headers.Location!.OriginalString);
        Assert.Contains("đã được ghi nhận", thanks.BodyText);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("Bạn đã gửi câu trả lời cho khảo sát này", again.Text(".error-summary"));
        Assert.Equal(1, (await StoredAsync(survey.Title)).ResponseCount);
        var byQuestion = stored.Answers.ToLookup(a => a.QuestionId);
        Assert.Equal([1], byQuestion[survey.Questions[0].Id].Select(a => a.Value));
        Assert.Equal([0, 2], byQuestion[survey.Questions[1].Id].Select(a => a.Value).Order());
        Assert.Equal([4], byQuestion[survey.Questions[2].Id].Select(a => a.Value));
        Assert.Equal("Nên có thêm tài liệu hỏi đáp ngắn.", byQuestion[survey.Questions[3].Id].Single().Text);
    }

    [Fact]
    public async Task Missing_or_impossible_answers_come_back_beside_their_questions_with_every_other_answer_kept_as_typed()
    {
        var (survey, url) = await NewSurveyAsync("Khảo sát thử câu trả lời thiếu");
        var q = survey.Questions;
        var typed = "Góp ý có <script>alert(1)</script> và xuống dòng\nvẫn giữ nguyên";

        var page = await HtmlPage.FromResponseAsync(await portal.NewReader().PostAsync(url, new FormUrlEncodedContent(Answers(survey, "", ["2"], "9", typed))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Vui lòng chọn câu trả lời.", page.Text($"[data-valmsg-for='q{q[0].Id}']"));
        Assert.Equal("Vui lòng chọn một mức từ 1 đến 5.", page.Text($"[data-valmsg-for='q{q[2].Id}']"));
        Assert.NotNull(page.Document.QuerySelector($"input[name='q{q[1].Id}'][value='2'][checked]"));
        Assert.Equal(typed, page.Document.QuerySelector($"textarea[name='q{q[3].Id}']")!.TextContent.ReplaceLineEndings("\n").Trim());
        Assert.DoesNotContain("<script>alert(1)</script>", page.Html);
        Assert.Equal(0, (await StoredAsync(survey.Title)).ResponseCount);
    }

    [Fact]
    public async Task Free_text_longer_than_the_feedback_forms_limit_is_refused_beside_its_question()
    {
        var (survey, url) = await NewSurveyAsync("Khảo sát thử câu trả lời quá dài");
        var tooLong = new string('a', SurveyResponses.TextMaxLength + 1);

        var page = await HtmlPage.FromResponseAsync(await portal.NewReader().PostAsync(url, new FormUrlEncodedContent(Answers(survey, "0", [], "3", tooLong))));

        Assert.Contains("dài tối đa 4.000 ký tự", page.Text($"[data-valmsg-for='q{survey.Questions[3].Id}']"));
        Assert.Equal(0, (await StoredAsync(survey.Title)).ResponseCount);
    }

    [Fact]
    public async Task The_summary_counts_each_answer_and_the_exports_hold_every_response_in_excel_and_in_csv_with_vietnamese_intact()
    {
        var (survey, url) = await NewSurveyAsync("Khảo sát thử kết quả và tải về");
        (string Single, string[] Several, string Scale, string Text)[] responses =
        [
            ("0", ["0", "1"], "5", "Rất bổ ích."),
            ("0", ["1"], "4", ""),
            ("2", [], "3", "Cần thêm ví dụ ở cơ sở."),
        ];
        foreach (var (single, several, scale, text) in responses)
        {
            using var sent = await portal.NewReader().PostAsync(url, new FormUrlEncodedContent(Answers(survey, single, several, scale, text)));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        var editor = await portal.SignedInAsync(Roles.Editor);
        var summaryUrl = $"/admin/khao-sat/{survey.Id}/ket-qua";

        var summary = await HtmlPage.GetAsync(editor, summaryUrl);
        var workbook = await editor.GetByteArrayAsync($"{summaryUrl}?handler=Export&format=xlsx");
        var csv = await editor.GetByteArrayAsync($"{summaryUrl}?handler=Export&format=csv");

        var sections = summary.Document.QuerySelectorAll(".survey-summary").ToList();
        Assert.Equal(["Đảng viên 67% (2 người)", "Đoàn viên 0% (0 người)", "Quần chúng 33% (1 người)"], sections[0].QuerySelectorAll(".result-bars li").Select(li => HtmlPage.Collapse(li.TextContent)));
        Assert.Equal(["Hội nghị trực tiếp 50% (1 người)", "Học trực tuyến 100% (2 người)", "Tự đọc tài liệu 0% (0 người)"], sections[1].QuerySelectorAll(".result-bars li").Select(li => HtmlPage.Collapse(li.TextContent)));
        Assert.Contains("điểm trung bình 4,0/5", HtmlPage.Collapse(sections[2].TextContent));
        Assert.Equal(["Cần thêm ví dụ ở cơ sở.", "Rất bổ ích."], sections[3].QuerySelectorAll(".survey-texts li").Select(li => HtmlPage.Collapse(li.TextContent)));

        var rows = new MemoryStream(workbook).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("Đảng viên", rows[0]["Câu 1. Bạn là đảng viên, đoàn viên hay quần chúng?"]);
        Assert.Equal("Hội nghị trực tiếp; Học trực tuyến", rows[0]["Câu 2. Bạn tham gia những hình thức học tập nghị quyết nào?"]);
        Assert.Equal(5d, Convert.ToDouble(rows[0]["Câu 3. Nội dung nghị quyết dễ hiểu ở mức nào?"], CultureInfo.InvariantCulture));
        Assert.Equal("Cần thêm ví dụ ở cơ sở.", rows[2]["Câu 4. Góp ý của bạn"]);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        Assert.NotEqual(Encoding.UTF8.Preamble.ToArray(), csv[3..6]);
        var csvText = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("Thời điểm gửi (giờ Việt Nam),Câu 1. Bạn là đảng viên, đoàn viên hay quần chúng?", csvText.Replace("\"", "", StringComparison.Ordinal));
        Assert.Equal(4, csvText.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task Once_a_response_has_come_the_questions_stay_as_they_were_while_the_title_and_days_can_change()
    {
        var (survey, url) = await NewSurveyAsync("Khảo sát thử giữ câu hỏi");
        using var sent = await portal.NewReader().PostAsync(url, new FormUrlEncodedContent(Answers(survey, "0", [], "2", "")));
        var editor = await portal.SignedInAsync(Roles.Editor);
        var form = SurveyForm("Khảo sát thử giữ câu hỏi (đã sửa tên)");
        form["Form.Questions[0].Text"] = "Câu hỏi đã bị đổi sau khi có người trả lời";

        var editPage = await HtmlPage.GetAsync(editor, $"/admin/khao-sat/{survey.Id}");
        using var saved = await editor.PostFormAsync($"/admin/khao-sat/{survey.Id}", form);
        var stored = await StoredAsync("Khảo sát thử giữ câu hỏi (đã sửa tên)");

        Assert.Contains("các câu hỏi được giữ nguyên", editPage.BodyText);
        Assert.Null(editPage.Document.QuerySelector("input[name='Form.Questions[0].Text']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(survey.Questions.Select(q => q.Text), stored.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task Bad_survey_input_is_refused_beside_its_field_and_everything_typed_is_kept()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var form = SurveyForm("Khảo sát thử dữ liệu sai");
        form["Form.Questions[0].Choices"] = "Chỉ một lựa chọn";
        var empty = new Dictionary<string, string> { ["Form.Title"] = "Khảo sát không có câu hỏi", ["Form.OpensOn"] = Today, ["Form.Questions[0].Text"] = "" };

        var oneChoice = await HtmlPage.FromResponseAsync(await editor.PostFormAsync("/admin/khao-sat/moi", form));
        var noQuestion = await HtmlPage.FromResponseAsync(await editor.PostFormAsync("/admin/khao-sat/moi", empty));

        Assert.Equal(HttpStatusCode.OK, oneChoice.Status);
        Assert.Contains("ít nhất 2 phương án", oneChoice.Text("[data-valmsg-for='Form.Questions[0].Choices']"));
        Assert.Equal("Góp ý của bạn", oneChoice.Document.QuerySelector("input[name='Form.Questions[3].Text']")!.GetAttribute("value"));
        Assert.Equal("Chỉ một lựa chọn", oneChoice.Document.QuerySelector("textarea[name='Form.Questions[0].Choices']")!.TextContent.Trim());
        Assert.Equal("Vui lòng nhập ít nhất một câu hỏi.", noQuestion.Text("[data-valmsg-for='Form.Questions']"));
        Assert.DoesNotContain(noQuestion.Texts(".field-error"), message => message.Contains("required", StringComparison.OrdinalIgnoreCase));
        Assert.False(await portal.WithDatabaseAsync(db => db.Surveys.AnyAsync(s => s.Title == "Khảo sát thử dữ liệu sai" || s.Title == "Khảo sát không có câu hỏi")));
    }

    [Fact]
    public async Task A_response_posted_from_another_sites_page_is_refused_and_not_stored()
    {
        var (survey, url) = await NewSurveyAsync("Khảo sát thử câu trả lời từ trang khác");

        using var response = await portal.NewReader().PostFromAsync(url, Answers(survey, "0", [], "3", ""), "https://trang-la.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, (await StoredAsync(survey.Title)).ResponseCount);
    }
}
