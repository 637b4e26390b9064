using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Polls;
using TuyenGiao.Time;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Polls;

/// <summary>The polls with their days and counts, and one form that adds a poll or edits the one chosen (?id=), its results beside it.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(PollEditing polls, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PollForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public IReadOnlyList<Poll> Polls { get; private set; } = [];
    public Poll? Editing { get; private set; }
    public DateTime Now { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Form = Editing is { } poll
            ? new PollForm
            {
                Question = poll.Question,
                Options = string.Join('\n', poll.Options.Select(o => o.Text)),
                AllowsSeveral = poll.AllowsSeveral,
                OpensOn = VietnamTime.Today(poll.OpensAt),
                ClosesOn = poll.ClosesAt is { } closes ? ShowingDays.LastDay(closes) : null,
                IsPublished = poll.IsPublished,
            }
            : new PollForm { OpensOn = VietnamTime.Today(Now), ClosesOn = VietnamTime.Today(Now).AddDays(30) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A date that is no date has its message already.
        if (!ModelState.IsValid)
        {
            return await LoadAsync() ? Page() : NotFound();
        }
        var result = await polls.SaveAsync(Id, Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not null)
        {
            Notice = Id is null ? "Đã thêm cuộc thăm dò." : "Đã lưu cuộc thăm dò.";
            return RedirectToPage(new { id = (int?)null });
        }
        if (result.Errors.IsEmpty || !await LoadAsync())
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int pollId)
    {
        Notice = await polls.DeleteAsync(pollId, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa cuộc thăm dò." : "Cuộc thăm dò không còn tồn tại.";
        return RedirectToPage(new { id = (int?)null });
    }

    private async Task<bool> LoadAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Polls = await polls.AllAsync(HttpContext.RequestAborted);
        Editing = Id is { } id ? Polls.FirstOrDefault(p => p.Id == id) : null;
        return Id is null || Editing is not null;
    }
}

/// <summary>The poll form; its properties carry <see cref="PollFields"/>' names. Days are Vietnam days.</summary>
public sealed class PollForm
{
    public string Question { get; set; } = "";
    public string Options { get; set; } = "";
    public bool AllowsSeveral { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public bool IsPublished { get; set; }

    public PollFields ToFields() => new(Question, Options, AllowsSeveral, OpensOn, ClosesOn, IsPublished);
}
