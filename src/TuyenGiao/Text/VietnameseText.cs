using System.Globalization;
using System.Text;

namespace TuyenGiao.Text;

public static class VietnameseText
{
    /// <summary>
    /// "Tuyên giáo Đảng" → "Tuyen giao Dang". Tone and vowel marks are combining characters once the
    /// text is decomposed, but đ/Đ is a letter of its own and has to be mapped by hand.
    /// </summary>
    public static string RemoveDiacritics(string text)
    {
        var decomposed = UnicodeText.Clean(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The form search compares: "Tuyên Giáo ĐẢNG" → "tuyen giao dang". Character for character, so
    /// an offset in the folded text is the same offset in the (NFC) original — that is how a snippet
    /// highlights the reader's toned words from a match found in folded text.
    /// </summary>
    public static string Fold(string text)
    {
        var composed = UnicodeText.Composed(text);
        return string.Create(composed.Length, composed, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = FoldChar(source[i]);
            }
        });
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }
        if (char.IsSurrogate(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }
}
