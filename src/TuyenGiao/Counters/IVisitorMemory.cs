namespace TuyenGiao.Counters;

/// <summary>
/// What decides whether a served page adds a visit or a view, and who is online. Two kinds: this
/// process's memory for one instance, Redis when several instances must count a reader once.
/// </summary>
public interface IVisitorMemory
{
    /// <summary>True when this reader's view of this article, album or video counts: none counted in the last half hour.</summary>
    Task<bool> IsNewViewAsync(string visitor, ViewedItem item, DateTime utcNow);

    /// <summary>True on this reader's first click of the day (Vietnam time) on this banner.</summary>
    Task<bool> IsNewClickAsync(string visitor, int bannerId, DateOnly day);

    /// <summary>True on a visitor's first page of the day (Vietnam time); also marks them online.</summary>
    Task<bool> IsNewVisitAsync(string visitor, DateOnly day, DateTime utcNow);

    /// <summary>Visitors seen in the last <see cref="VisitorMemory.OnlineWindow"/>.</summary>
    Task<int> OnlineCountAsync(DateTime utcNow);

    /// <summary>Drops what no longer decides anything, so memory follows the readers of the last half hour.</summary>
    void Forget(DateTime utcNow);
}
