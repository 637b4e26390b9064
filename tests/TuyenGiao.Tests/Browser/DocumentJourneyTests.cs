using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;
using TuyenGiao.Accounts;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>The document library in a real browser: a reader filters and downloads, an editor imports a spreadsheet.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class DocumentJourneyTests(BrowserSession session)
{
    public static TheoryData<string> Screens => new() { "phone", "desktop" };

    private static ViewportSize Screen(string name) => name == "phone" ? BrowserSession.Phone : BrowserSession.Desktop;

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_filters_to_resolutions_of_2024_opens_one_and_downloads_its_file(string screen)
    {
        var page = await session.NewPageAsync(Screen(screen));
        await page.GotoAsync("/van-ban");
        await page.GetByLabel("Loại văn bản").SelectOptionAsync(new SelectOptionValue { Label = "Nghị quyết" });
        await page.GetByLabel("Năm ban hành").SelectOptionAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc văn bản" }).ClickAsync();

        // The filters stay in the address, so the list can be shared or bookmarked.
        await Expect(page).ToHaveURLAsync(new Regex(@"loai=\d+.*nam=2024"));
        await Expect(page.Locator(".document-item")).ToHaveCountAsync(1);
        await Expect(page.Locator(".document-item .document-number")).ToHaveTextAsync("Nghị quyết số 12-NQ/TU");
        await BrowserSession.ScreenshotAsync(page, "van-ban-loc");

        await page.Locator(".document-item .document-title a").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("phát triển văn hóa đọc");
        // A desktop shows the PDF in the browser's own viewer; a phone only the link.
        await Expect(page.Locator("iframe.pdf-viewer")).ToBeVisibleAsync(new() { Visible = screen == "desktop" });
        await BrowserSession.ScreenshotAsync(page, "mot-van-ban");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Nghị quyết 12-NQ phát triển văn hóa đọc.pdf" }).ClickAsync());

        Assert.Equal("Nghị quyết 12-NQ phát triển văn hóa đọc.pdf", download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(saved)).Take(4).ToArray());
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task An_editor_checks_a_spreadsheet_with_its_files_then_imports_it_and_readers_find_the_documents(string screen)
    {
        var page = await session.SignedInAsync(Roles.Editor, Screen(screen));
        var (suffix, hall) = screen == "phone" ? ("1", "Hoa Sen") : ("2", "Hoa Mai");
        var sheet = Sheet(
            Row($"20{suffix}-KH/BTGTU", "Kế hoạch", $"Kế hoạch tuyên truyền kỷ niệm ngày thành lập tỉnh (lần {suffix})", $"KH 20{suffix}.pdf"),
            Row($"21{suffix}-TB/BTGTU", "Thông báo", $"Thông báo lịch hội nghị báo cáo viên quý I (lần {suffix})", $"TB 21{suffix}.docx"));
        FilePayload[] files =
        [
            new() { Name = $"KH 20{suffix}.pdf", MimeType = "application/pdf", Buffer = DemoDocumentFiles.Pdf(["Kỷ niệm ngày thành lập tỉnh bằng các hoạt động văn hóa, thể thao."]) },
            new() { Name = $"TB 21{suffix}.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = DemoDocumentFiles.Docx([$"Hội nghị báo cáo viên quý I tổ chức tại hội trường {hall}."]) },
        ];
        var sheetFile = new FilePayload { Name = "danh-sach-van-ban.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = sheet };

        await page.GotoAsync("/admin/van-ban");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập nhiều văn bản từ bảng tính" }).ClickAsync();
        await page.GetByLabel("Bảng tính danh sách văn bản (.xlsx)").SetInputFilesAsync(sheetFile);
        await page.GetByLabel("Các tệp đính kèm").SetInputFilesAsync(files);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Cả 2 dòng đều hợp lệ. Bấm “Nhập” (chọn lại bảng tính và các tệp) để lưu.");
        await Expect(page.Locator(".import-report tbody tr")).ToHaveCountAsync(2);
        await BrowserSession.ScreenshotAsync(page, "admin-nhap-van-ban");
        Assert.False(await session.Portal.WithDatabaseAsync(db => db.LegalDocuments.AnyAsync(d => d.Number == $"20{suffix}-KH/BTGTU")));

        await page.GetByLabel("Bảng tính danh sách văn bản (.xlsx)").SetInputFilesAsync(sheetFile);
        await page.GetByLabel("Các tệp đính kèm").SetInputFilesAsync(files);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã nhập 2 văn bản và xuất bản.");

        var reader = await session.NewPageAsync(Screen(screen));
        // Words only inside the Word file, typed without tones.
        await reader.GotoAsync($"/van-ban?q={Uri.EscapeDataString(TuyenGiao.Text.VietnameseText.Fold(hall))}");
        await Expect(reader.Locator(".document-item .document-number strong")).ToHaveTextAsync([$"21{suffix}-TB/BTGTU"]);
    }

    private static byte[] Sheet(params Dictionary<string, object>[] rows)
    {
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, rows);
        return output.ToArray();
    }

    private static Dictionary<string, object> Row(string number, string type, string title, string file) => new()
    {
        ["Số/ký hiệu"] = number,
        ["Loại văn bản"] = type,
        ["Cơ quan ban hành"] = "Ban Tuyên giáo Tỉnh ủy",
        ["Người ký"] = "Lê Thị Hồng",
        ["Ngày ban hành"] = "02/12/2026",
        ["Trích yếu"] = title,
        ["Tệp"] = file,
    };
}
