using System.Globalization;
using TuyenGiao.Time;

namespace TuyenGiao.Web.Pages.Contests;

/// <summary>A moment of a contest as a reader reads it, in Vietnam: "20:00 ngày 14/12/2026".</summary>
public static class ContestTimes
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(DateTime utc)
    {
        var local = VietnamTime.ToLocal(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} ngày {VietnamTime.FormatDay(DateOnly.FromDateTime(local))}";
    }

    /// <summary>"12 phút 05 giây".</summary>
    public static string Duration(int milliseconds)
    {
        var time = TimeSpan.FromMilliseconds(milliseconds);
        return time.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} phút {time.Seconds:00} giây")
            : string.Create(Vietnamese, $"{time.TotalSeconds:0.0} giây");
    }
}
