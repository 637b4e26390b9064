using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Contests;

public class ContestNewsroomTests(ContestPortal portal) : IClassFixture<ContestPortal>
{
    private static byte[] Sheet(params object[] rows)
    {
        using var output = new MemoryStream();
        output.SaveAs(rows);
        return output.ToArray();
    }

    private static object Row(string question, string a, string b, string c, string d, string answer, string explanation = "") =>
        new Dictionary<string, object> { ["Câu hỏi"] = question, ["A"] = a, ["B"] = b, ["C"] = c, ["D"] = d, ["Đáp án"] = answer, ["Giải thích"] = explanation };

    private static async Task<HtmlPage> ImportAsync(HttpClient editor, int contestId, byte[] sheet, bool save)
    {
        var url = $"/admin/cuoc-thi/{contestId}/cau-hoi";
        using var response = await editor.PostWithFilesAsync($"{url}?handler=Import", new Dictionary<string, string> { ["save"] = save ? "true" : "false" },
            "sheet", [("cau-hoi.xlsx", sheet)], url);
        return response.StatusCode == HttpStatusCode.Redirect ? await HtmlPage.GetAsync(editor, response.Headers.Location!.OriginalString) : await HtmlPage.FromResponseAsync(response);
    }

    [Fact]
    public async Task A_question_sheet_with_bad_rows_is_reported_row_by_row_and_nothing_is_saved_until_every_row_is_right()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: nhập câu hỏi", bankSize: 0, questionsPerAttempt: 2);
        var editor = await portal.SignedInAsync(Roles.Editor);
        var good = Row("Ngày thành lập Đảng?", "03/02/1930", "19/5/1890", "02/9/1945", "07/5/1954", "A", "Hội nghị hợp nhất năm 1930.");
        var badAnswer = Row("Năm Cách mạng Tháng Tám?", "1930", "1945", "1954", "1975", "E");
        var missingOption = Row("Năm Đại hội VI?", "1976", "1982", "", "1991", "c");

        var checkedOnly = await ImportAsync(editor, contest.Id, Sheet(good, badAnswer, missingOption), save: true);
        var notAWorkbook = await ImportAsync(editor, contest.Id, "không phải bảng tính"u8.ToArray(), save: true);
        var imported = await ImportAsync(editor, contest.Id, Sheet(good, Row("Năm Đại hội VI?", "1976", "1982", "1986", "1991", "c")), save: true);
        var stored = await portal.WithDatabaseAsync(db => db.ContestQuestions.AsNoTracking().Where(q => q.ContestId == contest.Id).OrderBy(q => q.Id).ToListAsync());

        var report = checkedOnly.Document.QuerySelectorAll(".import-report tbody tr").Select(r => HtmlPage.Collapse(r.TextContent)).ToList();
        Assert.Equal(3, report.Count);
        Assert.StartsWith("2 Ngày thành lập Đảng? Đúng", report[0]);
        Assert.Contains("Đáp án đúng phải là một trong A, B, C, D.", report[1]);
        Assert.Contains("Vui lòng nhập phương án C.", report[2]);
        Assert.Contains("chưa câu hỏi nào được lưu", checkedOnly.Text(".error-summary"));
        Assert.Contains("Không đọc được bảng tính", notAWorkbook.Text(".error-summary"));
        Assert.Contains("Đã nhập 2 câu hỏi.", imported.Text(".notice"));
        Assert.Equal(["Ngày thành lập Đảng?", "Năm Đại hội VI?"], stored.Select(q => q.Text));
        Assert.Equal(2, stored[1].CorrectOption);
    }

    [Fact]
    public async Task The_committee_exports_a_rounds_ranking_and_attempts_as_a_workbook()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: tải kết quả");
        foreach (var (phone, right) in new[] { ("0977000001", 1), ("0977000002", 3) })
        {
            var reader = portal.Browser();
            var attempt = await portal.StartAsync(reader, contest, phone);
            using (await ContestFixtures.SubmitAsync(reader, attempt, right))
            {
            }
        }
        var editor = await portal.SignedInAsync(Roles.Editor);

        var results = await HtmlPage.GetAsync(editor, $"/admin/cuoc-thi/{contest.Id}/ket-qua");
        var workbook = await editor.GetByteArrayAsync($"/admin/cuoc-thi/{contest.Id}/ket-qua?handler=Export&round=1");
        var ranking = new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: "Xếp hạng").Cast<IDictionary<string, object>>().ToList();
        var attempts = new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: "Bài thi").Cast<IDictionary<string, object>>().ToList();

        Assert.Contains("Số người trả lời đúng tất cả: 1", results.BodyText);
        Assert.Equal([1d, 2d], ranking.Select(r => Convert.ToDouble(r["Hạng"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("09xx xxx 002", ranking[0]["Điện thoại"]);
        Assert.Equal(3d, Convert.ToDouble(ranking[0]["Số câu đúng"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal("Trần Thị Thử", a["Họ tên"]));
        Assert.DoesNotContain(attempts, a => a.Values.OfType<string>().Any(v => v.Contains("0977000", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bad_contest_input_is_refused_beside_its_field_and_the_form_keeps_what_was_typed()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var form = new Dictionary<string, string>
        {
            ["Form.Name"] = "Cuộc thi thử dữ liệu sai",
            ["Form.QuestionsPerAttempt"] = "0",
            ["Form.TimeLimitMinutes"] = "20",
            ["Form.AttemptsPerRound"] = "2",
            ["Form.Rounds[0].Name"] = "Tuần 1",
            ["Form.Rounds[0].StartsAt"] = "2026-12-10T08:00",
            ["Form.Rounds[0].EndsAt"] = "2026-12-09T08:00",
        };

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync("/admin/cuoc-thi/moi", form));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("từ 1 đến 100", page.Text("[data-valmsg-for='Form.QuestionsPerAttempt']"));
        Assert.Equal("Lúc kết thúc phải sau lúc bắt đầu.", page.Text("[data-valmsg-for='Form.Rounds[0].EndsAt']"));
        Assert.Equal("Cuộc thi thử dữ liệu sai", page.Document.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.False(await portal.WithDatabaseAsync(db => db.Contests.AnyAsync(c => c.Name == "Cuộc thi thử dữ liệu sai")));
    }
}
