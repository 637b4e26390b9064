using TuyenGiao.Time;

namespace TuyenGiao.Counters;

/// <summary>The days the statistics count by: Vietnam's calendar, weeks starting on Monday.</summary>
public static class VisitCalendar
{
    public static DateOnly Today(DateTime utcNow) => VietnamTime.Today(utcNow);

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly YearStart(DateOnly day) => new(day.Year, 1, 1);
}
