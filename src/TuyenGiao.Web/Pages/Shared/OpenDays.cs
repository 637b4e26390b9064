using TuyenGiao.Time;

namespace TuyenGiao.Web.Pages.Shared;

/// <summary>The days a poll or a survey is open, as a reader reads them: "Từ 1/12/2026 đến hết 31/12/2026", and whether it has ended.</summary>
public static class OpenDays
{
    public static string Describe(DateTime opensAt, DateTime? closesAt, DateTime utcNow)
    {
        var from = VietnamTime.FormatDay(VietnamTime.Today(opensAt));
        var days = closesAt is { } closes ? $"Từ {from} đến hết {VietnamTime.FormatDay(ShowingDays.LastDay(closes))}" : $"Từ {from}";
        return closesAt <= utcNow ? $"{days} · Đã kết thúc" : days;
    }
}
