namespace TuyenGiao.Time;

/// <summary>
/// Times are stored in UTC and shown the way Vietnamese portals print them, in Asia/Ho_Chi_Minh.
/// </summary>
public static class VietnamTime
{
    private static readonly string[] DayNames =
        ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    // Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed zone is a correct fallback
    // on a host that ships no time-zone database (slim containers).
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>"Thứ Tư, 24/7/2024" — the date in the site header.</summary>
    public static string FormatDate(DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{DayNames[(int)local.DayOfWeek]}, {FormatShortDate(utc)}";
    }

    /// <summary>"Thứ Năm, 20/10/2022 15:32 (GMT+7)" — when an article was published.</summary>
    public static string FormatDateTime(DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{FormatDate(utc)} {local:HH\\:mm} (GMT+7)";
    }

    /// <summary>"20/10/2022" — the date alone, for lists.</summary>
    public static string FormatShortDate(DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{local.Day}/{local.Month}/{local.Year}";
    }

    /// <summary>The day it is in Vietnam at this moment.</summary>
    public static DateOnly Today(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>"20/10/2022" — a calendar day (an event's, a film's), printed like the dates of lists.</summary>
    public static string FormatDay(DateOnly day) => $"{day.Day}/{day.Month}/{day.Year}";

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "ICT");
        }
    }
}
