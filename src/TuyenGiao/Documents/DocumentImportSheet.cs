using System.Globalization;
using MiniExcelLibs;
using TuyenGiao.Text;

namespace TuyenGiao.Documents;

/// <summary>One row of an import sheet, as typed: checked by <see cref="DocumentImport"/> before anything is saved.</summary>
/// <param name="Row">The spreadsheet's row number (the headings are row 1).</param>
/// <param name="Number">Số/ký hiệu.</param>
/// <param name="Type">Loại văn bản, a name from the admin's list.</param>
/// <param name="Issuer">Cơ quan ban hành, a name from the admin's list.</param>
/// <param name="Field">Lĩnh vực, optional.</param>
/// <param name="Signer">Người ký.</param>
/// <param name="IssuedOn">Ngày ban hành as the cell held it.</param>
/// <param name="EffectiveOn">Ngày hiệu lực as the cell held it, optional.</param>
/// <param name="Title">Trích yếu.</param>
/// <param name="Status">Tình trạng, optional: "Còn hiệu lực", "Hết hiệu lực" or "Bị thay thế".</param>
/// <param name="SupersededBy">The number of the replacing document, for "Bị thay thế".</param>
/// <param name="Series">Ấn phẩm định kỳ, a name from the admin's list, optional.</param>
/// <param name="IssueName">Kỳ/số of the series ("Tháng 12/2026"), with a series.</param>
/// <param name="Files">File names, separated by ";".</param>
public sealed record DocumentImportRow(
    int Row, string Number, string Type, string Issuer, string Field, string Signer, object? IssuedOn, object? EffectiveOn,
    string Title, string Status, string SupersededBy, string Series, string IssueName, IReadOnlyList<string> Files);

/// <summary>
/// Reads the import spreadsheet (MiniExcel, a row at a time): one row per document under the headings of
/// <see cref="Headings"/>, matched without regard to tones, case or order, so a committee's own sheet
/// with the same column names works.
/// </summary>
public static class DocumentImportSheet
{
    public static IReadOnlyList<string> Headings { get; } =
        ["Số/ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Lĩnh vực", "Người ký", "Ngày ban hành", "Ngày hiệu lực", "Trích yếu", "Tình trạng", "Thay thế bởi", "Ấn phẩm", "Kỳ/số", "Tệp"];

    /// <summary>More rows than a board migrates at once; the rest wait for another sheet.</summary>
    public const int MaxRows = 5000;

    /// <summary>The rows, or why the sheet cannot be read (in Vietnamese).</summary>
    public static (List<DocumentImportRow> Rows, string? Error) Read(Stream xlsx)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX).Take(MaxRows + 1)
                .Select(r => (IDictionary<string, object?>)r).ToList();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The reader throws many kinds of exception on a file that is not a workbook; all mean the same to the editor.
            return ([], "Không đọc được bảng tính: hãy lưu tệp dưới dạng Excel (.xlsx) rồi tải lên lại.");
        }
        if (rows.Count > MaxRows)
        {
            return ([], $"Bảng tính có hơn {MaxRows:N0} dòng; hãy chia thành nhiều tệp.");
        }
        var columns = rows.FirstOrDefault()?.Keys.ToList() ?? [];
        var missing = Headings.Where(h => Column(columns, h) is null && h is not ("Lĩnh vực" or "Ngày hiệu lực" or "Tình trạng" or "Thay thế bởi" or "Người ký" or "Ấn phẩm" or "Kỳ/số")).ToList();
        if (rows.Count == 0)
        {
            return ([], "Bảng tính không có dòng văn bản nào dưới dòng tiêu đề.");
        }
        if (missing.Count > 0)
        {
            return ([], $"Bảng tính thiếu cột: {string.Join(", ", missing)}. Dòng đầu tiên phải là tên các cột như tệp mẫu.");
        }
        var result = new List<DocumentImportRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            string Text(string heading) => Column(columns, heading) is { } key && row[key] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim() : "";
            object? Raw(string heading) => Column(columns, heading) is { } key ? row[key] : null;
            if (Headings.All(h => Text(h).Length == 0))
            {
                continue;
            }
            result.Add(new DocumentImportRow(i + 2, Text("Số/ký hiệu"), Text("Loại văn bản"), Text("Cơ quan ban hành"), Text("Lĩnh vực"), Text("Người ký"),
                Raw("Ngày ban hành"), Raw("Ngày hiệu lực"), Text("Trích yếu"), Text("Tình trạng"), Text("Thay thế bởi"), Text("Ấn phẩm"), Text("Kỳ/số"),
                Text("Tệp").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        return (result, null);
    }

    /// <summary>An empty sheet with the headings and one example row, for editors to fill.</summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object>
        {
            ["Số/ký hiệu"] = "45-NQ/TU",
            ["Loại văn bản"] = "Nghị quyết",
            ["Cơ quan ban hành"] = "Tỉnh ủy",
            ["Lĩnh vực"] = "Xây dựng Đảng",
            ["Người ký"] = "Nguyễn Văn A",
            ["Ngày ban hành"] = "15/03/2024",
            ["Ngày hiệu lực"] = "15/03/2024",
            ["Trích yếu"] = "Về tăng cường công tác …",
            ["Tình trạng"] = "Còn hiệu lực",
            ["Thay thế bởi"] = "",
            ["Ấn phẩm"] = "",
            ["Kỳ/số"] = "",
            ["Tệp"] = "Nghị quyết 45.pdf; Phụ lục.xlsx",
        };
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, new[] { example });
        return output.ToArray();
    }

    /// <summary>A date as a cell may hold it: a date, an Excel serial number, or text "15/03/2024" or "2024-03-15".</summary>
    public static DateOnly? DateOf(object? cell) => cell switch
    {
        DateTime date => DateOnly.FromDateTime(date),
        double serial when serial is > 0 and < 2_958_466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string text when DateOnly.TryParseExact(text.Trim(), ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
        _ => null,
    };

    private static string? Column(List<string> columns, string heading) =>
        columns.FirstOrDefault(c => Fold(c) == Fold(heading));

    private static string Fold(string text) => new(VietnameseText.Fold(text).Where(char.IsLetterOrDigit).ToArray());
}
