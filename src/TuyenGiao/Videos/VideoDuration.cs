using System.Globalization;

namespace TuyenGiao.Videos;

/// <summary>A film's length as people write it: "12:30", "1:02:03".</summary>
public static class VideoDuration
{
    public const string Refused = "Thời lượng ghi theo dạng phút:giây (ví dụ 12:30) hoặc giờ:phút:giây (ví dụ 1:02:03).";

    /// <summary>Seconds; null when the text is not a duration.</summary>
    public static int? Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers[^1] >= 60 || (numbers.Length == 3 && numbers[1] >= 60))
        {
            return null;
        }
        var seconds = numbers.Aggregate(0L, (total, n) => total * 60 + n);
        return seconds is > 0 and < 24 * 3600 ? (int)seconds : null;
    }

    /// <summary>"12:30" or "1:02:03".</summary>
    public static string Format(int seconds) => seconds >= 3600
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    /// <summary>ISO 8601, as schema.org asks: "PT12M30S".</summary>
    public static string Iso(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"PT{seconds / 3600}H{seconds / 60 % 60}M{seconds % 60}S");
}
