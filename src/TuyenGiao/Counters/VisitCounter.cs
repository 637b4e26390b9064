namespace TuyenGiao.Counters;

/// <summary>Decides what a served page adds to the statistics.</summary>
public sealed class VisitCounter(IVisitorMemory memory, PendingCounts pending, TimeProvider clock)
{
    /// <param name="visitor">The visitor's pseudonymous id (cookie, or a daily salted hash).</param>
    /// <param name="articleId">The article the page shows, if it is an article page.</param>
    public async Task PageServedAsync(string visitor, int? articleId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VisitCalendar.Today(now);
        if (await memory.IsNewVisitAsync(visitor, today, now))
        {
            pending.AddVisit(today);
        }
        if (articleId is { } id && await memory.IsNewViewAsync(visitor, id, now))
        {
            pending.AddView(id, today);
        }
    }
}
