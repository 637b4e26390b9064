using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Categories;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(SiteCategories categories, CategoryManagement management) : PageModel
{
    [BindProperty]
    public CategoryForm Form { get; set; } = new();

    public IReadOnlyList<MenuCategory> Tree { get; private set; } = [];
    public IReadOnlyDictionary<int, int> ArticleCounts { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await management.CreateAsync(Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = $"Đã tạo chuyên mục “{Form.Name.Trim()}”.";
                return RedirectToPage();
            }
            ModelState.AddFieldErrors(result.Errors);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Tree = await categories.AllAsync(HttpContext.RequestAborted);
        ArticleCounts = await management.ArticleCountsAsync(HttpContext.RequestAborted);
    }
}
