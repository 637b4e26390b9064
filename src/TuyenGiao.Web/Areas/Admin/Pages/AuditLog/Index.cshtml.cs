using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Audit;

namespace TuyenGiao.Web.Areas.Admin.Pages.AuditLog;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(TuyenGiao.Audit.AuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? RecordType { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public Paged<AuditEntry> Entries { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Entries = await log.PageAsync(RecordType, Math.Max(1, PageNumber), HttpContext.RequestAborted);

    public string UrlOf(int page) => Url.PageWithQuery("Index",
        new Dictionary<string, string?> { ["loai"] = RecordType, ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
