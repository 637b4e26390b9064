namespace TuyenGiao.Counters;

/// <summary>Decides what a served page adds to the statistics.</summary>
public sealed class VisitCounter(IVisitorMemory memory, PendingCounts pending, TimeProvider clock)
{
    /// <param name="visitor">The visitor's pseudonymous id (cookie, or a daily salted hash).</param>
    /// <param name="item">The article, album or video the page shows, if it shows one.</param>
    public async Task PageServedAsync(string visitor, ViewedItem? item)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VisitCalendar.Today(now);
        if (await memory.IsNewVisitAsync(visitor, today, now))
        {
            pending.AddVisit(today);
        }
        if (item is { } viewed && await memory.IsNewViewAsync(visitor, viewed, now))
        {
            pending.AddView(viewed, today);
        }
    }

    /// <summary>A reader clicked a banner that shows: counted on their first click of the day on it.</summary>
    public async Task BannerClickedAsync(string visitor, int bannerId)
    {
        var today = VisitCalendar.Today(clock.GetUtcNow().UtcDateTime);
        if (await memory.IsNewClickAsync(visitor, bannerId, today))
        {
            pending.AddView(ViewedItem.BannerClick(bannerId), today);
        }
    }
}
