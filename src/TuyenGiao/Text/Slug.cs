using System.Text;

namespace TuyenGiao.Text;

public static class Slug
{
    public const int MaxLength = 120;

    /// <summary>"Học tập và làm theo Bác: Đổi mới!" → "hoc-tap-va-lam-theo-bac-doi-moi".</summary>
    public static string FromTitle(string title)
    {
        var plain = VietnameseText.RemoveDiacritics(title).ToLowerInvariant();
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : CutAtWord(slug);
    }

    // A slug cut in the middle of a syllable reads as a different word, so cut at the last hyphen.
    private static string CutAtWord(string slug)
    {
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
