using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Polls;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Hosting;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Pages.Polls;

/// <summary>
/// One poll: its form while it is open, its results once it has closed — the same for every reader, so
/// cached. A vote is posted here, from this page or from the form on the home page and beside articles.
/// </summary>
// No antiforgery token: the form sits on pages cached for everyone. Posts from other sites are refused
// (RefuseCrossSitePosts); one vote per reader is kept by the reader's key, and each address is limited.
[IgnoreAntiforgeryToken]
[RefuseCrossSitePosts]
[TypeFilter<ReaderFormLimits.PageFilter>(Arguments = [ReaderFormLimits.RequestKind.Vote])]
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedPolls polls, PollVoting voting, VisitorIds visitorIds, TimeProvider clock) : PageModel
{
    public Poll Poll { get; private set; } = null!;
    public DateTime Now { get; private set; }
    public PollFormView? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = Poll.IsOpenAt(Now) ? PollFormView.Fresh(Poll) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string[]? optionIds, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // Whatever is not a number names no option; the poll's own check says so beside the options.
        var chosen = (optionIds ?? []).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var optionId) ? optionId : -1).ToList();
        if (visitorIds.For(HttpContext) is not { } reader)
        {
            Form = new PollFormView(Poll, chosen, "Hôm nay địa chỉ mạng của bạn đã gửi quá nhiều lượt mới nên chưa ghi nhận được phiếu. Xin bật cookie cho trang này hoặc thử lại vào ngày mai.");
            return Page();
        }
        var outcome = await voting.VoteAsync(id, chosen, reader, Now, cancellationToken);
        switch (outcome.Result)
        {
            case VoteResult.Counted:
            case VoteResult.AlreadyVoted:
                return RedirectToPage("Results", new { id });
            case VoteResult.Invalid:
                Form = new PollFormView(Poll, chosen, outcome.Errors[PollVoting.ChoiceField]);
                return Page();
            default:
                // Closed between reading and voting: the page now shows the results.
                return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Poll = (await polls.FindAsync(id, Now, cancellationToken))!;
        return Poll is not null;
    }
}
