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
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}
