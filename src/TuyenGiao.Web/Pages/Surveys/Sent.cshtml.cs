using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Surveys;

namespace TuyenGiao.Web.Pages.Surveys;

/// <summary>Where a stored response leads: thanks, and the way back.</summary>
public sealed class SentModel(PublishedSurveys surveys, TimeProvider clock) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await surveys.FindAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } survey)
        {
            return NotFound();
        }
        Survey = survey;
        return Page();
    }
}
