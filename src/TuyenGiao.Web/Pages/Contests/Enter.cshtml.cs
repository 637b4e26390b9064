using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TuyenGiao.Captcha;
using TuyenGiao.Contests;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Feedback;
using TuyenGiao.Web.Hosting;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>
/// "Vào thi": the phone number (and, the first time, the registration), the captcha, then the attempt. Every
/// way back to the form keeps what was typed.
/// </summary>
// No antiforgery token, so the page is cached for everyone (at a contest's peak every participant loads it):
// a post another site's page makes a browser send is refused (RefuseCrossSitePosts), the single-use captcha
// is named by a SameSite cookie, and a forged post could only do what anyone may do here themselves.
[OutputCache(PolicyName = PublicPagePolicy.Name)]
[IgnoreAntiforgeryToken]
[RefuseCrossSitePosts]
[TypeFilter<ReaderFormLimits.PageFilter>(Arguments = [ReaderFormLimits.RequestKind.ContestStart])]
public sealed class EnterModel(PublishedContests contests, ContestEntry entry, Captchas captchas, IOptions<ContestOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EntryForm Form { get; set; } = new();

    public Contest Contest { get; private set; } = null!;
    public IReadOnlyList<ContestUnit> Units { get; private set; } = [];
    public ContestRound? OpenRound { get; private set; }
    public bool CaptchaRequired => options.Value.CaptchaRequired;
    public string? TextQuestion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? await ShownAsync(cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        // A value that would not bind (a year that is no number) has its message already.
        if (!ModelState.IsValid)
        {
            Form.CaptchaAnswer = "";
            return await ShownAsync(cancellationToken);
        }
        var outcome = await entry.StartAsync(Contest, Form.ToFields(CaptchaCookie.Read(Request)), cancellationToken);
        if (outcome.AttemptToken is { } token)
        {
            return RedirectToPage("Attempt", new { slug, token });
        }
        ModelState.AddFieldErrors(outcome.Errors);
        Form.CaptchaAnswer = "";
        return await ShownAsync(cancellationToken);
    }

    /// <summary>Without JavaScript, "Đổi mã khác" posts the form here: same fields, a fresh image.</summary>
    public async Task<IActionResult> OnPostNewImageAsync(string slug, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Form.CaptchaAnswer = "";
        return await LoadAsync(slug, cancellationToken) ? await ShownAsync(cancellationToken) : NotFound();
    }

    /// <summary>For readers who cannot see the image: the same form, with a question in words.</summary>
    public async Task<IActionResult> OnPostTextQuestionAsync(string slug, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Form.CaptchaAnswer = "";
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (await captchas.IssueQuestionAsync(cancellationToken) is { } issued)
        {
            CaptchaCookie.Set(Response, issued.Id);
            TextQuestion = issued.Question;
        }
        else
        {
            ModelState.AddModelError("Form.CaptchaAnswer", "Hiện chưa có câu hỏi bằng chữ. Xin nhập mã trong ảnh, hoặc nhờ người thân đọc giúp.");
        }
        return await ShownAsync(cancellationToken);
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Contest = (await contests.BySlugAsync(slug, cancellationToken))!;
        if (Contest is null)
        {
            return false;
        }
        OpenRound = Contest.RoundOpenAt(clock.GetUtcNow().UtcDateTime);
        return true;
    }

    /// <summary>The page itself, with the units to choose from (a successful start never needs them).</summary>
    private async Task<IActionResult> ShownAsync(CancellationToken cancellationToken)
    {
        Units = await contests.UnitsAsync(cancellationToken);
        return Page();
    }
}

/// <summary>The "Vào thi" form; its properties carry <see cref="EntryFields"/>' names.</summary>
public sealed class EntryForm
{
    public string Phone { get; set; } = "";
    public string FullName { get; set; } = "";
    public int? BirthYear { get; set; }
    public int? UnitId { get; set; }
    public string IdNumber { get; set; } = "";
    public string CaptchaAnswer { get; set; } = "";

    public EntryFields ToFields(string? challengeId) => new(Phone, FullName, BirthYear, UnitId, IdNumber, challengeId, CaptchaAnswer);
}
