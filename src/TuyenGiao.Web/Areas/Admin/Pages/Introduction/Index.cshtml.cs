using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Introduction;

/// <summary>The introduction pages, as a tree, with where each is placed and whether it has an English version.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(NewsroomIntroPages pages, IntroPageEditing editing) : PageModel
{
    public IReadOnlyList<IntroPage> Pages { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Pages = await pages.AllAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var errors = await editing.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted);
        if (errors.IsEmpty)
        {
            Notice = "Đã xóa trang giới thiệu.";
            return RedirectToPage();
        }
        ModelState.AddFieldErrors(errors);
        Pages = await pages.AllAsync(HttpContext.RequestAborted);
        return Page();
    }
}
