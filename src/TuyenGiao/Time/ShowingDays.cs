namespace TuyenGiao.Time;

/// <summary>
/// Days in Vietnam from one to another, both included: when a banner shows or a special topic runs. Stored
/// as the UTC instants they begin and end, so a query compares with the clock and nobody has to touch the
/// site at midnight; an end of none means it runs on.
/// </summary>
public static class ShowingDays
{
    /// <summary>Whether a period from <paramref name="startsAt"/> to <paramref name="endsAt"/> (exclusive; none: no end) covers this moment.</summary>
    public static bool Covers(DateTime startsAt, DateTime? endsAt, DateTime utcNow) => startsAt <= utcNow && (endsAt is null || utcNow < endsAt);

    /// <summary>The instant a day begins in Vietnam (00:00), in UTC.</summary>
    public static DateTime StartUtc(DateOnly day) => VietnamTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The instant after a day's last moment in Vietnam (the next day's 00:00), in UTC.</summary>
    public static DateTime EndUtc(DateOnly lastDay) => StartUtc(lastDay.AddDays(1));

    /// <summary>The day a period ending at this instant (exclusive) last covers.</summary>
    public static DateOnly LastDay(DateTime endUtc) => VietnamTime.Today(endUtc.AddTicks(-1));

    /// <summary>The years a period may name: anything outside is a typing slip (and past the calendar's ends, would not convert).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Puts beside the two fields what is wrong with a period: no start, a day out of range, an end before the start.</summary>
    public static void Check(Validation.FieldErrors errors, string startField, string endField, DateOnly? from, DateOnly? to)
    {
        if (from is not { } first)
        {
            errors[startField] = "Vui lòng chọn ngày bắt đầu.";
        }
        else if (first < Earliest || first > Latest)
        {
            errors[startField] = $"Ngày bắt đầu phải trong khoảng {VietnamTime.FormatDay(Earliest)} – {VietnamTime.FormatDay(Latest)}.";
        }
        if (to is { } last && (last < Earliest || last > Latest))
        {
            errors[endField] = $"Ngày kết thúc phải trong khoảng {VietnamTime.FormatDay(Earliest)} – {VietnamTime.FormatDay(Latest)}.";
        }
        else if (to is { } end && from is { } start && end < start)
        {
            errors[endField] = $"Ngày kết thúc ({VietnamTime.FormatDay(end)}) phải từ ngày bắt đầu ({VietnamTime.FormatDay(start)}) trở đi.";
        }
    }
}
