using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.Accounts;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

public sealed class DocumentImportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ImportPage = "/admin/van-ban/nhap";

    private static byte[] Sheet(params Dictionary<string, object>[] rows)
    {
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, rows);
        return output.ToArray();
    }

    private static Dictionary<string, object> Row(string number, string type, string issuedOn, string title, string files, string status = "Còn hiệu lực", string replacedBy = "") => new()
    {
        ["Số/ký hiệu"] = number,
        ["Loại văn bản"] = type,
        ["Cơ quan ban hành"] = "Tỉnh ủy",
        ["Lĩnh vực"] = "",
        ["Người ký"] = "Nguyễn Văn Bình",
        ["Ngày ban hành"] = issuedOn,
        ["Ngày hiệu lực"] = "",
        ["Trích yếu"] = title,
        ["Tình trạng"] = status,
        ["Thay thế bởi"] = replacedBy,
        ["Tệp"] = files,
    };

    private async Task<HtmlPage> SendAsync(HttpClient editor, string handler, byte[] sheet, params (string Name, byte[] Content)[] files)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await editor.FormTokenAsync(ImportPage)), "__RequestVerificationToken" },
            { new StringContent("true"), "publish" },
            { new ByteArrayContent(sheet), "sheet", "danh-sach.xlsx" },
        };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }
        return await HtmlPage.FromResponseAsync(await editor.PostAsync($"{ImportPage}?handler={handler}", content));
    }

    [Fact]
    public async Task A_sheet_with_a_bad_row_is_reported_row_by_row_and_nothing_is_imported()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var sheet = Sheet(
            Row("301-NQ/TU", "Nghị quyết", "15/03/2024", "Nghị quyết về phát triển du lịch cộng đồng", "NQ 301.pdf"),
            Row("302-CT/TU", "Sắc lệnh", "2024-04-01", "Chỉ thị về phòng chống thiên tai", "CT 302.pdf"),
            Row("303-KL/TU", "Kết luận", "31/02/2024", "Kết luận về công tác dân vận", "KL 303.pdf"),
            Row("301 nq tu", "Nghị quyết", "20/03/2024", "Nghị quyết trùng số", "NQ 301.pdf"));

        var page = await SendAsync(editor, "Import", sheet,
            ("NQ 301.pdf", DemoDocumentFiles.Pdf(["Du lịch cộng đồng ở bản làng."])), ("CT 302.pdf", DemoDocumentFiles.Pdf(["Phòng chống bão lũ."])));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll(".import-report tbody tr").Select(r => HtmlPage.Collapse(r.TextContent)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("Số 301-NQ/TU xuất hiện nhiều lần trong bảng tính.", rows[0]);
        Assert.Contains("“Sắc lệnh” không có trong danh mục loại văn bản.", rows[1]);
        Assert.Contains("Ngày ban hành “31/02/2024” không đọc được", rows[2]);
        Assert.Contains("Thiếu tệp “KL 303.pdf”", rows[2]);
        Assert.StartsWith("4 trên 4 dòng có lỗi: chưa lưu văn bản nào.", page.Text(".notice"));
        Assert.False(await portal.WithDatabaseAsync(db => db.LegalDocuments.AnyAsync(d => d.Number.StartsWith("30"))));
    }

    [Fact]
    public async Task A_valid_sheet_is_imported_whole_with_its_files_read_and_replacements_linked()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var sheet = Sheet(
            Row("401-HD/TU", "Hướng dẫn", "10/01/2020", "Hướng dẫn cũ về lễ kỷ niệm", "HD 401.pdf", status: "Bị thay thế", replacedBy: "402-HD/TU"),
            Row("402-HD/TU", "Hướng dẫn", "10/01/2025", "Hướng dẫn mới về lễ kỷ niệm", "HD 402.docx"));
        var files = new[] { ("HD 401.pdf", DemoDocumentFiles.Pdf(["Lễ kỷ niệm tổ chức trang trọng."])), ("HD 402.docx", DemoDocumentFiles.Docx(["Lễ kỷ niệm tổ chức tiết kiệm, bắn pháo hoa tầm cao."])) };

        var checkedPage = await SendAsync(editor, "Check", sheet, files);
        Assert.Equal("Cả 2 dòng đều hợp lệ. Bấm “Nhập” (chọn lại bảng tính và các tệp) để lưu.", checkedPage.Text(".notice"));
        Assert.False(await portal.WithDatabaseAsync(db => db.LegalDocuments.AnyAsync(d => d.Number == "402-HD/TU")));

        var imported = await SendAsync(editor, "Import", sheet, files);

        Assert.Equal("Đã nhập 2 văn bản và xuất bản.", imported.Text(".notice"));
        var older = await portal.WithDatabaseAsync(db => db.LegalDocuments.Include(d => d.SupersededBy).SingleAsync(d => d.Number == "401-HD/TU"));
        Assert.Equal("402-HD/TU", older.SupersededBy!.Number);
        Assert.True(older.IsPublished);
        Assert.Equal(["402-HD/TU"], await DocumentNewsroom.NumbersFoundAsync(portal.CreateClient(), "q=phao+hoa+tam+cao"));
    }
}
