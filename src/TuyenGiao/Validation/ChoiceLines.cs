using System.Globalization;

namespace TuyenGiao.Validation;

/// <summary>
/// The options of a poll or of a survey's question, typed one a line: what is wrong with them, in the words
/// an editor reads beside the field.
/// </summary>
public static class ChoiceLines
{
    public static IReadOnlyList<string> Split(string? typed) =>
        (typed ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    /// <summary>Null when the lines make a list readers can choose from; else the message for the field.</summary>
    public static string? Problem(IReadOnlyList<string> lines, int min, int max, int maxLength)
    {
        if (lines.Count < min)
        {
            return $"Vui lòng nhập ít nhất {min} phương án, mỗi phương án một dòng.";
        }
        if (lines.Count > max)
        {
            return $"Tối đa {max} phương án (hiện có {lines.Count}).";
        }
        if (lines.FirstOrDefault(line => line.Length > maxLength) is { } tooLong)
        {
            return $"Mỗi phương án dài tối đa {maxLength} ký tự; phương án “{tooLong[..40]}…” dài {tooLong.Length.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự.";
        }
        var twice = lines.GroupBy(line => line, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"Phương án “{twice.Key}” được nhập hai lần.";
    }
}
