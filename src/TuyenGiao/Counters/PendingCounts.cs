namespace TuyenGiao.Counters;

/// <summary>
/// Views and visits counted in memory since the last flush. Reading an article costs a dictionary
/// increment here, not a database write; the flusher takes everything at once every few seconds.
/// </summary>
public sealed class PendingCounts
{
    private readonly Lock _gate = new();
    private Dictionary<(ViewedItem Item, DateOnly Day), long> _views = [];
    private Dictionary<DateOnly, long> _visits = [];

    public void AddView(ViewedItem item, DateOnly day)
    {
        lock (_gate)
        {
            _views[(item, day)] = _views.GetValueOrDefault((item, day)) + 1;
        }
    }

    public void AddVisit(DateOnly day)
    {
        lock (_gate)
        {
            _visits[day] = _visits.GetValueOrDefault(day) + 1;
        }
    }

    /// <summary>Views of an article, album or video not yet in the database, so a page can show them already.</summary>
    public long ViewsOf(ViewedItem item)
    {
        lock (_gate)
        {
            return _views.Where(v => v.Key.Item == item).Sum(v => v.Value);
        }
    }

    public PendingBatch TakeAll()
    {
        lock (_gate)
        {
            var batch = new PendingBatch(_views, _visits);
            _views = [];
            _visits = [];
            return batch;
        }
    }

    /// <summary>Returns a batch the database would not take, so the next flush tries it again.</summary>
    public void PutBack(PendingBatch batch)
    {
        lock (_gate)
        {
            foreach (var (key, count) in batch.Views)
            {
                _views[key] = _views.GetValueOrDefault(key) + count;
            }
            foreach (var (day, count) in batch.Visits)
            {
                _visits[day] = _visits.GetValueOrDefault(day) + count;
            }
        }
    }
}

public sealed record PendingBatch(
    IReadOnlyDictionary<(ViewedItem Item, DateOnly Day), long> Views,
    IReadOnlyDictionary<DateOnly, long> Visits)
{
    public bool IsEmpty => Views.Count == 0 && Visits.Count == 0;
}
