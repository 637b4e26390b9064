using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Contests;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>A contest: its rules, organiser and rounds, and the way in while a round is open.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedContests contests, TimeProvider clock) : PageModel
{
    public Contest Contest { get; private set; } = null!;
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Contest = (await contests.BySlugAsync(slug, cancellationToken))!;
        return Contest is null ? NotFound() : Page();
    }
}
