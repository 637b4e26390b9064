namespace TuyenGiao.Counters;

/// <summary>
/// Which visitors were seen recently, kept in this process's memory: enough to count a reader once per
/// article per half hour, once per day for the site, and to say how many are online. Forgotten as they
/// expire. One instance of the site; several share theirs in Redis instead.
/// </summary>
public sealed class VisitorMemory : IVisitorMemory
{
    public static readonly TimeSpan ViewWindow = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Visitor, int ArticleId), DateTime> _lastCountedView = [];
    private readonly Dictionary<string, DateTime> _lastSeen = [];
    private readonly HashSet<string> _visitedToday = [];
    private DateOnly _today;

    public Task<bool> IsNewViewAsync(string visitor, int articleId, DateTime utcNow) =>
        Task.FromResult(IsNewView(visitor, articleId, utcNow));

    public Task<bool> IsNewVisitAsync(string visitor, DateOnly day, DateTime utcNow) =>
        Task.FromResult(IsNewVisit(visitor, day, utcNow));

    public Task<int> OnlineCountAsync(DateTime utcNow) => Task.FromResult(OnlineCount(utcNow));

    private bool IsNewView(string visitor, int articleId, DateTime utcNow)
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

    private bool IsNewVisit(string visitor, DateOnly day, DateTime utcNow)
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

    private int OnlineCount(DateTime utcNow)
    {
        lock (_gate)
        {
            return _lastSeen.Values.Count(seen => utcNow - seen < OnlineWindow);
        }
    }

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
