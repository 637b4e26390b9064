using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.Validation;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Categories;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class EditModel(SiteCategories categories, CategoryManagement management) : PageModel
{
    [BindProperty]
    public CategoryForm Form { get; set; } = new();

    public Category Category { get; private set; } = null!;

    /// <summary>Top-level categories other than this one: where it may be moved.</summary>
    public IReadOnlyList<MenuCategory> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = CategoryForm.From(Category);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await management.UpdateAsync(id, Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = $"Đã lưu chuyên mục “{Form.Name.Trim()}”.";
                return RedirectToPage("Index");
            }
            ModelState.AddFieldErrors(result.Errors);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        var result = confirm
            ? await management.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted)
            : CategoryResult.Failed(FieldErrors.WholeForm, "Hãy đánh dấu ô xác nhận trước khi xóa.");
        if (result.Succeeded)
        {
            TempData["Notice"] = "Đã xóa chuyên mục.";
            return RedirectToPage("Index");
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        Form = CategoryForm.From(Category);
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await categories.FindAsync(id, HttpContext.RequestAborted) is not { } category)
        {
            return false;
        }
        Category = category;
        Parents = (await categories.AllAsync(HttpContext.RequestAborted)).Where(c => c.Id != id).ToList();
        return true;
    }
}
