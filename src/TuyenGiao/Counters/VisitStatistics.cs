using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Counters;

/// <summary>Reads the site's visit figures: sums of stored daily totals, plus who is online now.</summary>
public sealed class VisitStatistics(PortalDbContext db, IVisitorMemory memory, RecentVisitStatistics recent, TimeProvider clock)
{
    public async Task<SiteStatistics> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (recent.At(now) is { } kept)
        {
            return kept;
        }
        var figures = await ReadAsync(now, cancellationToken);
        recent.Keep(figures, now);
        return figures;
    }

    private async Task<SiteStatistics> ReadAsync(DateTime now, CancellationToken cancellationToken)
    {
        var today = VisitCalendar.Today(now);
        var weekStart = VisitCalendar.WeekStart(today);
        // A week can start in the previous year (Monday 30/12), so read from whichever start is earlier.
        var from = weekStart < VisitCalendar.YearStart(today) ? weekStart : VisitCalendar.YearStart(today);
        var daily = await db.SiteDailyVisits.AsNoTracking().Where(v => v.Day >= from && v.Day <= today)
            .ToDictionaryAsync(v => v.Day, v => v.Visits, cancellationToken);
        var allTime = await db.SiteDailyVisits.Where(v => v.Day <= today).SumAsync(v => v.Visits, cancellationToken);

        long Since(DateOnly start) => daily.Where(v => v.Key >= start).Sum(v => v.Value);
        return new SiteStatistics(
            await memory.OnlineCountAsync(now),
            daily.GetValueOrDefault(today),
            Since(weekStart),
            Since(VisitCalendar.MonthStart(today)),
            Since(VisitCalendar.YearStart(today)),
            allTime);
    }
}
