using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Polls;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Polls;

/// <summary>"Thăm dò ý kiến": the open polls to vote in, then the closed ones with their results, a page at a time.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedPolls polls, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Poll> Open { get; private set; } = [];
    public Paged<Poll> Closed { get; private set; } = null!;
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = SiteUrls.PageQueryKey)] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return NotFound();
        }
        Now = clock.GetUtcNow().UtcDateTime;
        Closed = await polls.ClosedAsync(page, Now, cancellationToken);
        if (page > Closed.PageCount)
        {
            return NotFound();
        }
        // The open polls lead the first page only.
        Open = page == 1 ? (await polls.NotClosedAsync(Now, cancellationToken)).Where(p => p.IsOpenAt(Now)).ToList() : [];
        return Page();
    }
}
