using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Banners;

namespace TuyenGiao.Web.Areas.Admin.Pages.Banners;

/// <summary>A banner's clicks per day (Vietnam days), the newest first.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class ClicksModel(BannerEditing banners) : PageModel
{
    private const int Days = 90;

    public Banner Banner { get; private set; } = null!;
    public IReadOnlyList<BannerDailyClicks> Clicks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await banners.FindAsync(id, HttpContext.RequestAborted) is not { } banner)
        {
            return NotFound();
        }
        Banner = banner;
        Clicks = await banners.ClicksAsync(id, Days, HttpContext.RequestAborted);
        return Page();
    }
}
