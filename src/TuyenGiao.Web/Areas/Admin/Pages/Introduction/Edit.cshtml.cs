using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Introduction;

/// <summary>Writing an introduction page (New.cshtml) and editing one (Edit.cshtml), both languages in one form.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class EditModel(NewsroomIntroPages pages, IntroPageEditing editing) : PageModel
{
    [BindProperty]
    public IntroPageForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public IntroPage? Saved { get; private set; }

    /// <summary>The pages that may be this one's parent: top-level ones other than itself.</summary>
    public IReadOnlyList<IntroPage> Parents { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Saved is null ? new IntroPageForm { IsPublished = true } : IntroPageForm.Of(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // A value that would not bind (a number out of range, an unknown placement) has its message already.
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = id is { } existing
            ? await editing.SaveAsync(existing, Form.ToFields(), User.ToActor(), HttpContext.RequestAborted)
            : await editing.CreateAsync(Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is { } page)
        {
            Notice = "Đã lưu trang giới thiệu.";
            return RedirectToPage("Edit", new { id = page.Id });
        }
        if (result.Errors.IsEmpty)
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(int? id)
    {
        if (id is { } existing)
        {
            Saved = await pages.FindAsync(existing, HttpContext.RequestAborted);
            if (Saved is null)
            {
                return false;
            }
            Id = existing;
        }
        Parents = (await pages.AllAsync(HttpContext.RequestAborted)).Where(p => p.ParentId is null && p.Id != id).ToList();
        return true;
    }
}
