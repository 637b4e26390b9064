using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Documents;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;

namespace TuyenGiao.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// Bulk import: a spreadsheet of documents and their files, sent together. "Kiểm tra" reports on every row
/// and saves nothing; "Nhập" saves everything only when every row is valid, otherwise reports the same way.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
[DocumentUploadLimits(ForImport = true)]
public sealed class ImportModel(DocumentImport import) : PageModel
{
    public ImportReport? Report { get; private set; }

    public bool Publish { get; private set; } = true;

    public void OnGet()
    {
    }

    public FileContentResult OnGetTemplate() =>
        File(DocumentImportSheet.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-van-ban.xlsx");

    public Task<IActionResult> OnPostCheckAsync(IFormFile? sheet, List<IFormFile> files, bool publish) => RunAsync(sheet, files, publish, checkOnly: true);

    public Task<IActionResult> OnPostImportAsync(IFormFile? sheet, List<IFormFile> files, bool publish) => RunAsync(sheet, files, publish, checkOnly: false);

    private async Task<IActionResult> RunAsync(IFormFile? sheet, List<IFormFile> files, bool publish, bool checkOnly)
    {
        Publish = publish;
        if (sheet is not { Length: > 0 })
        {
            ModelState.AddModelError("sheet", "Vui lòng chọn bảng tính danh sách văn bản (.xlsx).");
            return Page();
        }
        await using var content = sheet.OpenReadStream();
        Report = await import.ImportAsync(content, files.Select(f => new ImportFile(f.FileName, f.OpenReadStream)).ToList(),
            publish, checkOnly, User.ToActor(), HttpContext.RequestAborted);
        if (Report.Error is { } error)
        {
            ModelState.AddModelError("sheet", error);
        }
        return Page();
    }
}
