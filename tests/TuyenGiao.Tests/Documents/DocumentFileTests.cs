using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Counters;
using TuyenGiao.Accounts;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

public sealed class DocumentFileTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_by_its_content_and_nothing_is_kept()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await DocumentNewsroom.CreateAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "90-KH/BTGTU", "Kế hoạch có tệp giả"));
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

        var page = await HtmlPage.FromResponseAsync(await DocumentNewsroom.UploadAsync(editor, id, "ke-hoach.pdf", program));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tệp “ke-hoach.pdf” không phải PDF, Word (DOC, DOCX) hoặc Excel (XLS, XLSX) (đã kiểm tra nội dung tệp, không dựa vào tên tệp).",
            page.Text("[data-valmsg-for='files']"));
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.DocumentFiles.CountAsync(f => f.DocumentId == id)));
    }

    [Fact]
    public async Task Words_found_only_inside_a_pdf_are_found_by_a_search_without_tones()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var pdf = DemoDocumentFiles.Pdf(["Phát huy vai trò của hợp tác xã nuôi cá lồng trên sông Đà trong xây dựng nông thôn mới."]);
        await DocumentNewsroom.PublishedAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "91-NQ/TU", "Nghị quyết về kinh tế tập thể"), "Nghị quyết 91.pdf", pdf);

        var found = await DocumentNewsroom.NumbersFoundAsync(portal.CreateClient(), "q=ca+long+song+da");

        Assert.Equal(["91-NQ/TU"], found);
        Assert.Contains("hợp tác xã nuôi cá lồng", await portal.WithDatabaseAsync(db => db.DocumentFiles.Where(f => f.FileName == "Nghị quyết 91.pdf").Select(f => f.Text).SingleAsync()));
    }

    [Fact]
    public async Task Words_inside_a_word_file_and_its_header_are_read_at_upload()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var docx = DemoDocumentFiles.Docx(["Triển khai mô hình “Dân vận khéo” ở các xã vùng cao biên giới."], header: "BAN TUYÊN GIÁO TỈNH ỦY");
        var id = await DocumentNewsroom.CreateAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "92-HD/BTGTU", "Hướng dẫn dân vận", type: "Hướng dẫn"));

        using var upload = await DocumentNewsroom.UploadAsync(editor, id, "Hướng dẫn 92.docx", docx);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var text = await portal.WithDatabaseAsync(db => db.DocumentFiles.Where(f => f.DocumentId == id).Select(f => f.Text).SingleAsync());
        Assert.Equal("BAN TUYÊN GIÁO TỈNH ỦY\nTriển khai mô hình “Dân vận khéo” ở các xã vùng cao biên giới.", text);
    }

    [Fact]
    public async Task A_scanned_pdf_is_flagged_to_the_editor()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await DocumentNewsroom.CreateAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "93-TB/BTGTU", "Thông báo bản quét", type: "Thông báo"));
        using (var upload = await DocumentNewsroom.UploadAsync(editor, id, "ban-quet.pdf", DemoDocumentFiles.ScannedPdf(2)))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var page = await HtmlPage.GetAsync(editor, DocumentNewsroom.EditPage(id));

        Assert.StartsWith("Tệp PDF này là bản quét (không có lớp chữ)", page.Text(".scan-warning"));
    }

    [Fact]
    public async Task A_file_is_served_under_its_vietnamese_name_never_as_a_page_and_counted_once_per_reader()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await DocumentNewsroom.PublishedAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "94-KL/TU", "Kết luận về văn hóa đọc", type: "Kết luận"),
            "Kết luận 94 văn hóa đọc.pdf", DemoDocumentFiles.Pdf(["Xây dựng văn hóa đọc trong thanh niên."]));
        var documentPage = await HtmlPage.GetAsync(portal.CreateClient(), $"/van-ban/ket-luan-ve-van-hoa-doc-{id}");
        var link = documentPage.Document.QuerySelector(".document-files a")!.GetAttribute("href")!;
        var reader = portal.Browser();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile");

        using var first = await reader.GetAsync(link);
        using var second = await reader.GetAsync(link);
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", first.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Kết luận 94 văn hóa đọc.pdf", first.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("Ket luan 94 van hoa doc.pdf", first.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("default-src 'none'", first.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.LegalDocuments.Where(d => d.Id == id).Select(d => d.DownloadCount).SingleAsync()));
    }
}
