namespace TuyenGiao.Time;

/// <summary>
/// Days in Vietnam from one to another, both included: when a banner shows or a special topic runs. Stored
/// as the UTC instants they begin and end, so a query compares with the clock and nobody has to touch the
/// site at midnight; an end of none means it runs on.
/// </summary>
public static class ShowingDays
{
    /// <summary>The instant a day begins in Vietnam (00:00), in UTC.</summary>
    public static DateTime StartUtc(DateOnly day) => VietnamTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The instant after a day's last moment in Vietnam (the next day's 00:00), in UTC.</summary>
    public static DateTime EndUtc(DateOnly lastDay) => StartUtc(lastDay.AddDays(1));

    /// <summary>The day a period ending at this instant (exclusive) last covers.</summary>
    public static DateOnly LastDay(DateTime endUtc) => VietnamTime.Today(endUtc.AddTicks(-1));

    /// <summary>The message for an end that comes before the start, or null.</summary>
    public static string? EndBeforeStart(DateOnly from, DateOnly? to) =>
        to is { } last && last < from
            ? $"Ngày kết thúc ({VietnamTime.FormatDay(last)}) phải từ ngày bắt đầu ({VietnamTime.FormatDay(from)}) trở đi."
            : null;
}
