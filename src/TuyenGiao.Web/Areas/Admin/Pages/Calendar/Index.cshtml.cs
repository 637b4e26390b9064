using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Time;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Calendar;

/// <summary>Lịch biên tập: a month of published and scheduled articles, day by day (Vietnam time).</summary>
[Authorize(Policy = Policies.Writing)]
public sealed class IndexModel(EditorialCalendar calendar, TimeProvider clock) : PageModel
{
    /// <summary>"2026-12"; anything else (or nothing) shows the current month.</summary>
    [BindProperty(SupportsGet = true, Name = "thang")]
    public string? Month { get; set; }

    public DateOnly First { get; private set; }
    public IReadOnlyDictionary<DateOnly, IReadOnlyList<CalendarItem>> Days { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        ModelState.Clear();
        Today = VietnamTime.Today(clock.GetUtcNow().UtcDateTime);
        First = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked)
            && asked.Year is >= 2000 and <= 2100
            ? asked
            : new DateOnly(Today.Year, Today.Month, 1);
        Days = await calendar.MonthAsync(User.ToRights(), First.Year, First.Month, HttpContext.RequestAborted);
    }

    public string MonthUrl(DateOnly first) => Url.PageWithQuery("Index", new Dictionary<string, string?> { ["thang"] = first.ToString("yyyy-MM", CultureInfo.InvariantCulture) });
}
