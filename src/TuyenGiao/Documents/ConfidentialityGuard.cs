using System.Text.RegularExpressions;

namespace TuyenGiao.Documents;

/// <summary>A confidentiality mark found on a document: the words as they stand, where, and the line around them.</summary>
/// <param name="Mark">The words as found: "TỐI MẬT", "Lưu hành nội bộ".</param>
/// <param name="Where">Where, as the editor reads it: "trích yếu", "tệp “Kế hoạch.pdf”".</param>
/// <param name="Excerpt">The text around the mark, so the editor can find it.</param>
public sealed record ConfidentialMark(string Mark, string Where, string Excerpt)
{
    public string Message =>
        $"Không thể xuất bản: văn bản có dấu “{Mark}” ({Where}: “{Excerpt}”). Quy định không cho đăng văn bản mật hoặc lưu hành nội bộ lên cổng thông tin.";
}

/// <summary>
/// The Party forbids publishing documents marked secret ("Mật", "Tối mật", "Tuyệt mật") or for internal
/// circulation. Looks for those stamps, as typed with or without tones, in a document's fields and in the
/// text inside its files. "Mật" alone is an ordinary word ("bí mật", "mật thiết"), so it counts only as a
/// stamp: alone on its line, or in brackets; "mat" without tones is a dozen other words, so it counts only
/// in capitals, as stamps are printed.
/// </summary>
public static partial class ConfidentialityGuard
{
    private const int ExcerptChars = 40;

    /// <summary>The first mark found in the places given in order (each a name and its text), or null.</summary>
    public static ConfidentialMark? Find(IEnumerable<(string Where, string Text)> places)
    {
        foreach (var (where, text) in places)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            var composed = text.Normalize(System.Text.NormalizationForm.FormC);
            foreach (var pattern in Patterns)
            {
                var match = pattern.Match(composed);
                if (match.Success)
                {
                    return new ConfidentialMark(Collapse(match.Groups["mark"].Value), where, ExcerptAround(composed, match.Groups["mark"]));
                }
            }
        }
        return null;
    }

    private static readonly Regex[] Patterns =
    [
        TopSecret(),
        Secret(),
        InternalCirculation(),
        SecrecyLevel(),
        StampAlone(),
        StampInBrackets(),
    ];

    // Tuyệt mật / TUYET MAT.
    [GeneratedRegex(@"(?<!\w)(?<mark>(?:tuyệt|tuyet)\s+(?:mật|mat))(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopSecret();

    // Tối mật / TOI MAT (without tones, only in capitals or as a stamp's usual capitalisation: "tôi mất" is "toi mat" too).
    [GeneratedRegex(@"(?<!\w)(?<mark>(?i:tối\s+mật)|TOI\s+MAT|Toi\s+mat)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Secret();

    // Lưu hành nội bộ / luu hanh noi bo (unambiguous with or without tones); "chỉ lưu hành nội bộ" holds it.
    [GeneratedRegex(@"(?<!\w)(?<mark>(?:lưu|luu)\s+(?:hành|hanh)\s+(?:nội|noi)\s+(?:bộ|bo))(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalCirculation();

    // "Độ mật: …" heads the stamp block of some forms.
    [GeneratedRegex(@"(?<!\w)(?<mark>(?i:độ\s+mật)|DO\s+MAT)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex SecrecyLevel();

    // "MẬT" alone on its line, as the stamp prints it.
    [GeneratedRegex(@"^[ \t""“”'(\[]*(?<mark>MẬT|Mật|mật|MAT)[ \t""“”')\].]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StampAlone();

    // "(Mật)", "[MẬT]" inside a line, as a number or summary may carry it.
    [GeneratedRegex(@"[(\[]\s*(?<mark>MẬT|Mật|mật|MAT)\s*[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex StampInBrackets();

    private static string ExcerptAround(string text, Group mark)
    {
        var start = Math.Max(0, mark.Index - ExcerptChars);
        var end = Math.Min(text.Length, mark.Index + mark.Length + ExcerptChars);
        var excerpt = Collapse(text[start..end]);
        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
