using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Contests;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>
/// A round's ranking (<c>?vong=2</c>) or the contest's overall: the leading 100, names partly masked. Cached
/// like every public page, so the ranking is computed once per cache lifetime, not per reader.
/// </summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class RankingModel(PublishedContests contests, ContestRanking ranking, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    public Contest Contest { get; private set; } = null!;
    public ContestRound? Round { get; private set; }
    public int? PerfectEntrants { get; private set; }
    public IReadOnlyList<RankedEntry> Leaders { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = ContestQueryKeys.Round)] int? round, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Contest = (await contests.BySlugAsync(slug, cancellationToken))!;
        if (Contest is null)
        {
            return NotFound();
        }
        if (round is { } number)
        {
            Round = Contest.Rounds.FirstOrDefault(r => r.Number == number && r.StartsAt <= Now);
            if (Round is null)
            {
                return NotFound();
            }
            var standing = await ranking.RoundAsync(Round, Shown, cancellationToken);
            PerfectEntrants = standing.PerfectEntrants;
            Leaders = standing.Leaders;
        }
        else
        {
            Leaders = await ranking.OverallAsync(Contest, Shown, cancellationToken);
        }
        return Page();
    }
}
