using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Contests;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>An attempt's result for the one who took it: the score and time; once the round has closed, each answer with its explanation.</summary>
public sealed class ResultModel(AttemptGrading grading) : PageModel
{
    public AttemptSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string token, CancellationToken cancellationToken)
    {
        Sheet = (await grading.SheetAsync(token, cancellationToken))!;
        if (Sheet is null || Sheet.Contest.Slug != slug)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return grading.IsOver(Sheet) ? Page() : RedirectToPage("Attempt", new { slug, token });
    }
}
