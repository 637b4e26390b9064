using System.Globalization;
using MiniExcelLibs;
using TuyenGiao.Audit;
using TuyenGiao.Text;

namespace TuyenGiao.Contests;

/// <summary>One row of a question sheet and what is wrong with it (nothing, for a row ready to import).</summary>
public sealed record QuestionImportRow(int Row, string Text, IReadOnlyList<string> Problems);

/// <summary>What a sheet gave: a report per row, or why it could not be read; how many were imported (none unless every row was right).</summary>
public sealed record QuestionImportReport(IReadOnlyList<QuestionImportRow> Rows, string? SheetProblem, int Imported)
{
    public bool AllRight => SheetProblem is null && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);
}

/// <summary>
/// The committees' question sheets (.xlsx, MiniExcel): a question a row under the headings "Câu hỏi", "A", "B",
/// "C", "D", "Đáp án" (a letter) and "Giải thích" (optional), matched without regard to tones or case. Every
/// row is checked and reported; nothing is saved unless every row is right, and then all in one save.
/// </summary>
public sealed class QuestionImport(QuestionBank bank)
{
    public const int MaxRows = 5000;
    public static IReadOnlyList<string> Headings { get; } = ["Câu hỏi", "A", "B", "C", "D", "Đáp án", "Giải thích"];

    public async Task<QuestionImportReport> RunAsync(int contestId, Stream xlsx, bool save, Actor actor, CancellationToken cancellationToken = default)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX).Take(MaxRows + 1).Select(r => (IDictionary<string, object?>)r).ToList();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The reader throws many kinds of exception on a file that is not a workbook; all mean the same to the editor.
            return new([], "Không đọc được bảng tính: hãy lưu tệp dưới dạng Excel (.xlsx) rồi tải lên lại.", 0);
        }
        if (rows.Count > MaxRows)
        {
            return new([], $"Bảng tính có hơn {MaxRows.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} dòng; hãy chia thành nhiều tệp.", 0);
        }
        var columns = rows.FirstOrDefault()?.Keys.ToList() ?? [];
        var missing = Headings.Where(h => h != "Giải thích" && Column(columns, h) is null).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            return new([], rows.Count == 0
                ? "Bảng tính không có câu hỏi nào dưới dòng tiêu đề."
                : $"Bảng tính thiếu cột: {string.Join(", ", missing)}. Dòng đầu tiên phải là tên các cột như tệp mẫu.", 0);
        }
        var report = new List<QuestionImportRow>();
        var questions = new List<ContestQuestion>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            string Cell(string heading) => Column(columns, heading) is { } key && row[key] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim() : "";
            if (Headings.All(h => Cell(h).Length == 0))
            {
                continue;
            }
            var (question, errors) = QuestionBank.Read(new QuestionFields(Cell("Câu hỏi"), Cell("A"), Cell("B"), Cell("C"), Cell("D"), Cell("Đáp án"), Cell("Giải thích")));
            report.Add(new QuestionImportRow(i + 2, Cell("Câu hỏi"), errors.Select(e => e.Value).ToList()));
            if (question is not null)
            {
                questions.Add(question);
            }
        }
        var result = new QuestionImportReport(report, null, 0);
        if (!save || !result.AllRight)
        {
            return result;
        }
        await bank.AddAllAsync(contestId, questions, actor, cancellationToken);
        return result with { Imported = questions.Count };
    }

    /// <summary>An empty sheet with the headings and one example question, for the committee to fill.</summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object>
        {
            ["Câu hỏi"] = "Đảng Cộng sản Việt Nam được thành lập vào ngày, tháng, năm nào?",
            ["A"] = "03/02/1930",
            ["B"] = "19/5/1890",
            ["C"] = "02/9/1945",
            ["D"] = "07/5/1954",
            ["Đáp án"] = "A",
            ["Giải thích"] = "Hội nghị hợp nhất các tổ chức cộng sản họp từ ngày 06/01 đến 07/02/1930; ngày 03/02 được lấy làm ngày thành lập Đảng.",
        };
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, new[] { example });
        return output.ToArray();
    }

    private static string? Column(List<string> columns, string heading) => columns.FirstOrDefault(c => Fold(c) == Fold(heading));

    private static string Fold(string text) => new(VietnameseText.Fold(text).Where(char.IsLetterOrDigit).ToArray());
}
