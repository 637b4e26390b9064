using System.Globalization;

namespace TuyenGiao.Text;

public static class FileSize
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>As Vietnamese readers write it: "850 KB", "2,4 MB".</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0).ToString("0", Vietnamese)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.0", Vietnamese)} MB",
    };
}
