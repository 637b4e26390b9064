using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class CreateModel(AccountAdministration accounts, SiteCategories categories) : PageModel
{
    [BindProperty]
    public AccountForm Form { get; set; } = new();

    /// <summary>Shown once, on the page that answers the creation; never stored anywhere readable.</summary>
    public string? TemporaryPassword { get; private set; }

    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];

    public async Task OnGetAsync() => Categories = await categories.AllAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Categories = await categories.AllAsync(HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await accounts.CreateAsync(Form.Email, Form.DisplayName, Form.Role, Form.CategoryIds, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }
        TemporaryPassword = result.TemporaryPassword;
        return Page();
    }
}
