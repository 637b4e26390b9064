namespace TuyenGiao.Counters;

/// <summary>
/// Which visitors were seen recently, kept in memory only: enough to count a reader once per article
/// per half hour, once per day for the site, and to say how many are online. Forgotten as they expire.
/// </summary>
public sealed class VisitorMemory
{
    public static readonly TimeSpan ViewWindow = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Visitor, int ArticleId), DateTime> _lastCountedView = [];
    private readonly Dictionary<string, DateTime> _lastSeen = [];
    private readonly HashSet<string> _visitedToday = [];
    private DateOnly _today;

    /// <summary>True when this reader's view of this article counts: none counted in the last half hour.</summary>
    public bool IsNewView(string visitor, int articleId, DateTime utcNow)
    {
        lock (_gate)
        {
            if (_lastCountedView.TryGetValue((visitor, articleId), out var counted) && utcNow - counted < ViewWindow)
            {
                return false;
            }
            _lastCountedView[(visitor, articleId)] = utcNow;
            return true;
        }
    }

    /// <summary>True on a visitor's first page of the day (Vietnam time); also marks them online.</summary>
    public bool IsNewVisit(string visitor, DateOnly day, DateTime utcNow)
    {
        lock (_gate)
        {
            _lastSeen[visitor] = utcNow;
            if (day != _today)
            {
                _today = day;
                _visitedToday.Clear();
            }
            return _visitedToday.Add(visitor);
        }
    }

    public int OnlineCount(DateTime utcNow)
    {
        lock (_gate)
        {
            return _lastSeen.Values.Count(seen => utcNow - seen < OnlineWindow);
        }
    }

    /// <summary>Drops what no longer decides anything, so memory follows the readers of the last half hour.</summary>
    public void Forget(DateTime utcNow)
    {
        lock (_gate)
        {
            foreach (var key in _lastCountedView.Where(v => utcNow - v.Value >= ViewWindow).Select(v => v.Key).ToList())
            {
                _lastCountedView.Remove(key);
            }
            foreach (var key in _lastSeen.Where(v => utcNow - v.Value >= OnlineWindow).Select(v => v.Key).ToList())
            {
                _lastSeen.Remove(key);
            }
        }
    }
}
