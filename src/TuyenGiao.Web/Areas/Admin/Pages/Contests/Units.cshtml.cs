using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Contests;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Contests;

/// <summary>The units participants choose from, one a line, in the order they are listed.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class UnitsModel(PublishedContests contests, ContestUnits units) : PageModel
{
    [BindProperty]
    public string Units { get; set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() =>
        Units = string.Join('\n', (await contests.UnitsAsync(HttpContext.RequestAborted)).Select(u => u.Name));

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await units.SaveAsync(Units, User.ToActor(), HttpContext.RequestAborted);
        if (errors.IsEmpty)
        {
            Notice = "Đã lưu danh sách đơn vị.";
            return RedirectToPage();
        }
        ModelState.AddFieldErrors(errors, prefix: null);
        return Page();
    }
}
