using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Links;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Links;

/// <summary>"Liên kết website": the ordered list, and one form that adds a link or edits the one chosen (?id=).</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(WebsiteLinks links) : PageModel
{
    [BindProperty]
    public LinkForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public IReadOnlyList<WebsiteLink> Links { get; private set; } = [];
    public WebsiteLink? Editing { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Editing is { } link)
        {
            Form = new LinkForm { Name = link.Name, Url = link.Url };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A value that would not bind (an unknown slot, a date that is no date) has its message already.
        if (!ModelState.IsValid)
        {
            return await LoadAsync() ? Page() : NotFound();
        }
        await using var logo = Form.Logo.OpenOrNull();
        var result = await links.SaveAsync(Id, Form.ToFields(), logo, Form.Logo?.FileName, User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not null)
        {
            Notice = Id is null ? $"Đã thêm liên kết {result.Item.Name}." : $"Đã lưu liên kết {result.Item.Name}.";
            return RedirectToPage(new { id = (int?)null });
        }
        if (result.Errors.IsEmpty || !await LoadAsync())
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int linkId, bool up)
    {
        await links.MoveAsync(linkId, up, User.ToActor(), HttpContext.RequestAborted);
        return RedirectToPage(new { id = (int?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int linkId)
    {
        Notice = await links.DeleteAsync(linkId, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa liên kết." : "Liên kết không còn tồn tại.";
        return RedirectToPage(new { id = (int?)null });
    }

    private async Task<bool> LoadAsync()
    {
        Links = await links.AllAsync(HttpContext.RequestAborted);
        Editing = Id is { } id ? Links.FirstOrDefault(l => l.Id == id) : null;
        return Id is null || Editing is not null;
    }
}

/// <summary>The link form; its properties carry <see cref="LinkFields"/>' names.</summary>
public sealed class LinkForm
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public bool RemoveLogo { get; set; }

    /// <summary>Named as <see cref="WebsiteLinks.LogoField"/>, so a refused logo's message lands beside it.</summary>
    public IFormFile? Logo { get; set; }

    public LinkFields ToFields() => new(Name, Url, RemoveLogo);
}
