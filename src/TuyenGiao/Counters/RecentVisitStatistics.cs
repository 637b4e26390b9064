namespace TuyenGiao.Counters;

/// <summary>
/// The visit widget's figures as last read, shared by every page for one flush interval. Stored counts
/// change only when they are flushed, so reading them again for each page (two queries and a pass over
/// who is online) bought nothing. The flusher forgets them after each write, so this instance's counts
/// show as soon as they are stored and other instances' within one interval.
/// </summary>
public sealed class RecentVisitStatistics(TimeSpan lifetime)
{
    private sealed record Reading(SiteStatistics Figures, DateTime ReadAt);

    private volatile Reading? _latest;

    public SiteStatistics? At(DateTime utcNow) =>
        _latest is { } latest && utcNow >= latest.ReadAt && utcNow - latest.ReadAt < lifetime ? latest.Figures : null;

    public void Keep(SiteStatistics figures, DateTime readAt) => _latest = new Reading(figures, readAt);

    public void Forget() => _latest = null;
}
