using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Banners;
using TuyenGiao.Time;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Banners;

/// <summary>The banners by slot, with their days and clicks, and one form that adds a banner or edits the one chosen (?id=).</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(BannerEditing banners, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BannerForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public IReadOnlyList<Banner> Banners { get; private set; } = [];
    public Banner? Editing { get; private set; }
    public DateTime Now { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Form = Editing is { } banner
            ? new BannerForm
            {
                AltText = banner.AltText,
                DestinationUrl = banner.DestinationUrl,
                Slot = banner.Slot,
                StartsOn = VietnamTime.Today(banner.StartsAt),
                EndsOn = banner.EndsAt is { } ends ? ShowingDays.LastDay(ends) : null,
            }
            : new BannerForm { StartsOn = VietnamTime.Today(Now) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A value that would not bind (an unknown slot, a date that is no date) has its message already.
        if (!ModelState.IsValid)
        {
            return await LoadAsync() ? Page() : NotFound();
        }
        await using var image = Form.Image.OpenOrNull();
        var result = await banners.SaveAsync(Id, Form.ToFields(), image, Form.Image?.FileName, User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not null)
        {
            Notice = Id is null ? "Đã thêm banner." : "Đã lưu banner.";
            return RedirectToPage(new { id = (int?)null });
        }
        if (result.Errors.IsEmpty || !await LoadAsync())
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int bannerId, bool up)
    {
        await banners.MoveAsync(bannerId, up, User.ToActor(), HttpContext.RequestAborted);
        return RedirectToPage(new { id = (int?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int bannerId)
    {
        Notice = await banners.DeleteAsync(bannerId, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa banner." : "Banner không còn tồn tại.";
        return RedirectToPage(new { id = (int?)null });
    }

    private async Task<bool> LoadAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Banners = await banners.AllAsync(HttpContext.RequestAborted);
        Editing = Id is { } id ? Banners.FirstOrDefault(b => b.Id == id) : null;
        return Id is null || Editing is not null;
    }
}

/// <summary>The banner form; its properties carry <see cref="BannerFields"/>' names. Days are Vietnam days.</summary>
public sealed class BannerForm
{
    public string AltText { get; set; } = "";
    public string DestinationUrl { get; set; } = "";
    public BannerSlot Slot { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>Named as <see cref="BannerEditing.ImageField"/>, so a refused image's message lands beside it.</summary>
    public IFormFile? Image { get; set; }

    public BannerFields ToFields() => new(AltText, DestinationUrl, Slot, StartsOn, EndsOn);
}
