using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Contests;
using TuyenGiao.Text;

namespace TuyenGiao.Web.Areas.Admin.Pages.Contests;

/// <summary>The committee's results: each round's leaders and turnout, and a round's attempts and ranking as a workbook.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class ResultsModel(ContestEditing contests, ContestRanking ranking, ContestStatistics statistics, ContestExport export, TimeProvider clock) : PageModel
{
    public const int Leaders = 10;

    public Contest Contest { get; private set; } = null!;
    public IReadOnlyList<RoundStanding> Standings { get; private set; } = [];
    public IReadOnlyList<UnitTurnout> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Contest = (await contests.FindAsync(id, HttpContext.RequestAborted))!;
        if (Contest is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var standings = new List<RoundStanding>();
        foreach (var round in Contest.Rounds.Where(r => r.StartsAt <= now))
        {
            standings.Add(await ranking.RoundAsync(round, Leaders, HttpContext.RequestAborted));
        }
        Standings = standings;
        Units = await statistics.ByUnitAsync(Contest, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id, int round)
    {
        var contest = await contests.FindAsync(id, HttpContext.RequestAborted);
        if (contest?.Rounds.FirstOrDefault(r => r.Number == round) is not { } chosen)
        {
            return NotFound();
        }
        var file = new MemoryStream();
        await export.WriteAsync(chosen, file, HttpContext.RequestAborted);
        file.Position = 0;
        return File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{Slug.FromTitle(contest.Name)}-{Slug.FromTitle(chosen.Name)}.xlsx");
    }
}
