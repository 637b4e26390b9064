namespace TuyenGiao.Counters;

/// <summary>
/// Which visitors were seen recently, kept in this process's memory: enough to count a reader once per
/// article, album or video per half hour, once per day for the site, and to say how many are online. One instance of the
/// site; several share theirs in Redis instead. Its memory is bounded whatever the traffic: today's
/// visitors are a fixed-size Bloom filter (a genuinely new visitor is missed about once in a thousand once
/// two million have come in a day), and the half-hour and five-minute windows hold at most a fixed number
/// of entries; past that, until expired ones are forgotten, a new view is not counted rather than remembered.
/// </summary>
public sealed class VisitorMemory : IVisitorMemory
{
    public static readonly TimeSpan ViewWindow = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromMinutes(5);

    // About 40 MB and 10 MB at most; a provincial portal sees a small fraction of either in half an hour.
    public const int MaxRememberedViews = 1_000_000;
    public const int MaxOnline = 250_000;
    public const int DailyVisitorsSizedFor = 2_000_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<(ulong Visitor, ViewedItem Item), DateTime> _lastCountedView = [];
    private readonly Dictionary<ulong, DateTime> _lastSeen = [];
    private readonly BloomFilter _visitedToday = new(DailyVisitorsSizedFor, 0.001);
    private DateOnly _today;

    // Today's clicks, as (visitor, banner) pairs: a few percent of visitors click a banner in a day.
    public const int DailyClicksSizedFor = 200_000;
    private readonly BloomFilter _clickedToday = new(DailyClicksSizedFor, 0.001);
    private DateOnly _clicksDay;

    /// <summary>
    /// Visitors are remembered as 64-bit hashes, not as their id strings: a flood of new readers then
    /// costs a third of the memory (bench/speed.sh). The two halves are the framework's string hash,
    /// whose seed is drawn at random in each process, of the id and of the id behind a marker; without
    /// the seed nobody can choose ids that pile into one bucket. Two of a million visitors share a hash
    /// about once in thirty million floods.
    /// </summary>
    private static ulong KeyOf(string visitor)
    {
        var marked = visitor.Length < 128 ? stackalloc char[visitor.Length + 1] : new char[visitor.Length + 1];
        marked[0] = '\u0001';
        visitor.CopyTo(marked[1..]);
        return (ulong)(uint)string.GetHashCode(visitor) << 32 | (uint)string.GetHashCode(marked);
    }

    public Task<bool> IsNewViewAsync(string visitor, ViewedItem item, DateTime utcNow) =>
        Task.FromResult(IsNewView(visitor, item, utcNow));

    public Task<bool> IsNewVisitAsync(string visitor, DateOnly day, DateTime utcNow) =>
        Task.FromResult(IsNewVisit(visitor, day, utcNow));

    public Task<int> OnlineCountAsync(DateTime utcNow) => Task.FromResult(OnlineCount(utcNow));

    public Task<bool> IsNewClickAsync(string visitor, int bannerId, DateOnly day)
    {
        // The banner's id is mixed into the visitor's key, so one reader's clicks on two banners are two pairs.
        var key = KeyOf(visitor) ^ (ulong)bannerId * 0x9E3779B97F4A7C15UL;
        lock (_gate)
        {
            if (day != _clicksDay)
            {
                _clicksDay = day;
                _clickedToday.Clear();
            }
            return Task.FromResult(_clickedToday.Add(key));
        }
    }

    private bool IsNewView(string visitor, ViewedItem item, DateTime utcNow)
    {
        var key = (KeyOf(visitor), item);
        lock (_gate)
        {
            if (_lastCountedView.TryGetValue(key, out var counted) && utcNow - counted < ViewWindow)
            {
                return false;
            }
            if (_lastCountedView.Count >= MaxRememberedViews && !_lastCountedView.ContainsKey(key))
            {
                return false;
            }
            _lastCountedView[key] = utcNow;
            return true;
        }
    }

    private bool IsNewVisit(string visitor, DateOnly day, DateTime utcNow)
    {
        var key = KeyOf(visitor);
        lock (_gate)
        {
            if (_lastSeen.Count < MaxOnline || _lastSeen.ContainsKey(key))
            {
                _lastSeen[key] = utcNow;
            }
            if (day != _today)
            {
                _today = day;
                _visitedToday.Clear();
            }
            return _visitedToday.Add(key);
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
