using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Contests;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Contests;

/// <summary>
/// Writing a contest (<c>New.cshtml</c>) and changing one (<c>Edit.cshtml</c>): its name, rules, the attempt's
/// settings and its rounds. Without JavaScript, "Thêm vòng" posts the form and brings it back with one more row.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class EditModel(ContestEditing contests) : PageModel
{
    [BindProperty]
    public ContestForm Form { get; set; } = new();

    public Contest? Contest { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Contest is { } contest ? ContestForm.Of(contest) : ContestForm.Blank();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // A value that would not bind (a number or a time that is none) has its message already.
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await contests.SaveAsync(id, Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is { } saved)
        {
            Notice = id is null ? "Đã tạo cuộc thi. Tiếp theo: nhập ngân hàng câu hỏi." : "Đã lưu cuộc thi.";
            return RedirectToPage("Edit", new { id = saved.Id });
        }
        if (result.Errors.IsEmpty)
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostAddRoundAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Form.Rounds.Count < TuyenGiao.Contests.Contest.MaxRounds)
        {
            Form.Rounds.Add(new RoundForm());
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Contest = id is { } contestId ? await contests.FindAsync(contestId, HttpContext.RequestAborted) : null;
        return id is null || Contest is not null;
    }
}
