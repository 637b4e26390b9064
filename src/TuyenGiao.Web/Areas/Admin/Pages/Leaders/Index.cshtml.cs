using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Leaders;

/// <summary>"Lãnh đạo Ban": the list in the admin's order, and one form that adds a leader or edits the one chosen (?id=).</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(LeaderEditing leaders) : PageModel
{
    [BindProperty]
    public LeaderForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public IReadOnlyList<Leader> Leaders { get; private set; } = [];
    public Leader? Editing { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Editing is { } leader)
        {
            Form = new LeaderForm { Name = leader.Name, Position = leader.Position, EnglishPosition = leader.EnglishPosition, Phone = leader.Phone, Email = leader.Email };
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
        await using var photo = Form.Photo.OpenOrNull();
        var result = await leaders.SaveAsync(Id, Form.ToFields(), photo, Form.Photo?.FileName, User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not null)
        {
            Notice = Id is null ? $"Đã thêm {result.Item.Name}." : $"Đã lưu thông tin {result.Item.Name}.";
            return RedirectToPage(new { id = (int?)null });
        }
        if (result.Errors.IsEmpty || !await LoadAsync())
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int leaderId, bool up)
    {
        await leaders.MoveAsync(leaderId, up, User.ToActor(), HttpContext.RequestAborted);
        return RedirectToPage(new { id = (int?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int leaderId)
    {
        Notice = await leaders.DeleteAsync(leaderId, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa khỏi danh sách." : "Người này không còn trong danh sách.";
        return RedirectToPage(new { id = (int?)null });
    }

    private async Task<bool> LoadAsync()
    {
        Leaders = await leaders.AllAsync(HttpContext.RequestAborted);
        Editing = Id is { } id ? Leaders.FirstOrDefault(l => l.Id == id) : null;
        return Id is null || Editing is not null;
    }
}

/// <summary>The leader form; its properties carry <see cref="LeaderFields"/>' names.</summary>
public sealed class LeaderForm
{
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
    public string? EnglishPosition { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool RemovePhoto { get; set; }

    /// <summary>Named as <see cref="LeaderEditing.PhotoField"/>, so a refused photo's message lands beside it.</summary>
    public IFormFile? Photo { get; set; }

    public LeaderFields ToFields() => new(Name, Position, EnglishPosition, Phone, Email, RemovePhoto);
}
