using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Polls;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Polls;

/// <summary>
/// A poll's results, for a reader who has voted, or for everyone once it has closed; before that the
/// reader is asked to vote first, so early counts do not steer the answers. Personal, so never cached.
/// </summary>
public sealed class ResultsModel(PublishedPolls polls, PollVoting voting, VisitorIds visitorIds, TimeProvider clock) : PageModel
{
    public Poll Poll { get; private set; } = null!;
    public DateTime Now { get; private set; }
    public bool HasVoted { get; private set; }
    public bool ShowsResults => HasVoted || Poll.HasClosedAt(Now);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        if (await polls.FindAsync(id, Now, cancellationToken) is not { } poll)
        {
            return NotFound();
        }
        Poll = poll;
        Response.Headers.CacheControl = "private, no-store";
        HasVoted = !poll.HasClosedAt(Now) && visitorIds.For(HttpContext) is { } reader && await voting.HasVotedAsync(id, reader, cancellationToken);
        return Page();
    }
}
