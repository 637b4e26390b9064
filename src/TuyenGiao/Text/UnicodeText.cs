using System.Text;

namespace TuyenGiao.Text;

/// <summary>
/// Text from outside made safe to normalise, store and show. A browser can send characters that
/// <see cref="string.Normalize()"/> refuses with an exception (noncharacters such as U+FFFE, and halves
/// of surrogate pairs from broken UTF-8), and control characters that mean nothing in a page (U+0000
/// truncates text in some databases). These are dropped; everything else — emoji, direction marks,
/// any script — is kept as typed.
/// </summary>
public static class UnicodeText
{
    public static string Clean(string text)
    {
        var firstBad = FirstToDrop(text);
        if (firstBad < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    builder.Append(text, i, 2);
                }
                i++;
            }
            else if (!ToDrop(text[i]))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    /// <summary>Composed (NFC), after <see cref="Clean"/>: never throws, whatever the input.</summary>
    public static string Composed(string text) => Clean(text).Normalize(NormalizationForm.FormC);

    private static int FirstToDrop(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return i;
                }
                i++;
            }
            else if (ToDrop(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A lone surrogate, a noncharacter, or a control character other than tab and line breaks.</summary>
    private static bool ToDrop(char c) =>
        char.IsSurrogate(c) || IsNoncharacter(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    // U+FDD0..U+FDEF, and the last two code points of every plane.
    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
