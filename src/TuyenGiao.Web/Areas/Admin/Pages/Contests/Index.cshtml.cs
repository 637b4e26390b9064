using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Contests;

namespace TuyenGiao.Web.Areas.Admin.Pages.Contests;

/// <summary>The contests, newest first, with their rounds' state.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(ContestEditing contests, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Contest> Contests { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Contests = await contests.AllAsync(HttpContext.RequestAborted);
    }
}
