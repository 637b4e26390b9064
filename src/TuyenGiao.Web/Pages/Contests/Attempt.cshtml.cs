using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Contests;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>
/// An attempt's sheet: the questions drawn for it with their options in its own order, and no answer
/// anywhere in the page; the deadline kept by the server. The answers are posted back here.
/// </summary>
// No antiforgery token: the attempt's address holds its unguessable token, so another site cannot know
// where to post, and a post a browser marks as cross-site is refused anyway. That spares every participant
// a token cookie and two cryptographic checks per attempt.
[IgnoreAntiforgeryToken]
[RefuseCrossSitePosts]
public sealed class AttemptModel(AttemptGrading grading, TimeProvider clock) : PageModel
{
    public AttemptSheet Sheet { get; private set; } = null!;
    public DateTime Now { get; private set; }

    /// <summary>What the participant chose, to put back when something must be fixed first.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string slug, string token, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, token, cancellationToken))
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return grading.IsOver(Sheet) ? RedirectToPage("Result", new { slug, token }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string token, IFormCollection form, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, token, cancellationToken))
        {
            return NotFound();
        }
        Posted = form.Keys.Where(k => k.Length < 12).ToDictionary(k => k, k => form[k].ToString());
        var outcome = await grading.SubmitAsync(Sheet, Posted, cancellationToken);
        if (outcome.Result == SubmissionResult.Invalid)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(outcome.Errors, prefix: null);
            return Page();
        }
        return RedirectToPage("Result", new { slug, token });
    }

    private async Task<bool> LoadAsync(string slug, string token, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Sheet = (await grading.SheetAsync(token, cancellationToken))!;
        return Sheet is not null && Sheet.Contest.Slug == slug;
    }
}
