using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Surveys;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Surveys;

/// <summary>"Khảo sát trực tuyến": the open surveys to answer, then those that have ended.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedSurveys surveys, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Survey> Open { get; private set; } = [];
    public IReadOnlyList<Survey> Ended { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var opened = await surveys.OpenedAsync(Now, cancellationToken);
        Open = opened.Where(s => s.IsOpenAt(Now)).ToList();
        Ended = opened.Where(s => !s.IsOpenAt(Now)).ToList();
    }
}
