using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Time;

namespace TuyenGiao.Articles;

/// <summary>An article on the editorial calendar: published at, or scheduled for, a moment of its day.</summary>
public sealed record CalendarItem(int Id, string Title, string CategoryName, ArticleStatus Status, DateTime At);

/// <summary>The published and scheduled articles of a month, by day in Vietnam time, as the account may see them.</summary>
public sealed class EditorialCalendar(ArticleAccess access)
{
    public async Task<IReadOnlyDictionary<DateOnly, IReadOnlyList<CalendarItem>>> MonthAsync(
        EditorialRights rights, int year, int month, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, month, 1);
        var from = VietnamTime.ToUtc(first.ToDateTime(TimeOnly.MinValue));
        var to = VietnamTime.ToUtc(first.AddMonths(1).ToDateTime(TimeOnly.MinValue));
        var items = await (await access.VisibleAsync(rights, cancellationToken))
            .Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled)
                && a.PublishedAt >= from && a.PublishedAt < to)
            .OrderBy(a => a.PublishedAt)
            .Select(a => new CalendarItem(a.Id, a.Title, a.Category!.Name, a.Status, a.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        return items.GroupBy(i => VietnamTime.Today(i.At))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CalendarItem>)g.ToList());
    }
}
