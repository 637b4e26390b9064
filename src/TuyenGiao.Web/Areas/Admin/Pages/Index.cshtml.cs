using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Areas.Admin.Pages;

/// <summary>The newsroom's dashboard: how much the site is read, and what.</summary>
[Authorize(Policy = Policies.Writing)]
public sealed class IndexModel(ReadershipReport report, VisitStatistics statistics) : PageModel
{
    private const int ChartDays = 30;
    private const int MostReadCount = 10;

    public IReadOnlyList<DailyViews> ViewsPerDay { get; private set; } = [];
    public IReadOnlyList<(string Heading, IReadOnlyList<MostReadArticle> Articles)> MostRead { get; private set; } = [];
    public SiteStatistics Statistics { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = report.Today;
        ViewsPerDay = await report.ViewsPerDayAsync(ChartDays, cancellationToken);
        MostRead =
        [
            ("Hôm nay", await report.MostReadSinceAsync(today, MostReadCount, cancellationToken)),
            ("Tuần này", await report.MostReadSinceAsync(VisitCalendar.WeekStart(today), MostReadCount, cancellationToken)),
            ("Tháng này", await report.MostReadSinceAsync(VisitCalendar.MonthStart(today), MostReadCount, cancellationToken)),
        ];
        Statistics = await statistics.GetAsync(cancellationToken);
    }
}
