using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Contests;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>"Thi trắc nghiệm": the published contests, those with a round open first.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedContests contests, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Contest> Contests { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Contests = (await contests.AllAsync(cancellationToken)).OrderBy(c => c.RoundOpenAt(Now) is null).ToList();
    }
}
