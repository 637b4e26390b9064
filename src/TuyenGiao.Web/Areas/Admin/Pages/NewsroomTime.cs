using TuyenGiao.Time;

namespace TuyenGiao.Web.Areas.Admin.Pages;

public static class NewsroomTime
{
    /// <summary>"08:30 24/11/2026", Vietnam time: the newsroom's lists and messages.</summary>
    public static string Format(DateTime utc)
    {
        var local = VietnamTime.ToLocal(utc);
        return $"{local:HH:mm} {VietnamTime.FormatShortDate(utc)}";
    }
}
