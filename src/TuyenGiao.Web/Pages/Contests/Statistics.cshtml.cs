using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Contests;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>Turnout by unit: participants and attempts per commune or organisation, as a chart and a table.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class StatisticsModel(PublishedContests contests, ContestStatistics statistics) : PageModel
{
    public Contest Contest { get; private set; } = null!;
    public IReadOnlyList<UnitTurnout> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Contest = (await contests.BySlugAsync(slug, cancellationToken))!;
        if (Contest is null)
        {
            return NotFound();
        }
        Units = await statistics.ByUnitAsync(Contest, cancellationToken);
        return Page();
    }
}
