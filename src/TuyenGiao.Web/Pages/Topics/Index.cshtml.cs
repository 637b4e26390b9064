using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Topics;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Topics;

/// <summary>"Chuyên đề": every published topic, those running first.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedTopics topics, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SpecialTopic> Running { get; private set; } = [];
    public IReadOnlyList<SpecialTopic> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await topics.AllAsync(cancellationToken);
        Running = all.Where(t => t.RunsAt(now)).ToList();
        // Those still to come are not listed before their first day.
        Others = all.Where(t => !t.RunsAt(now) && t.StartsAt <= now).ToList();
    }
}
