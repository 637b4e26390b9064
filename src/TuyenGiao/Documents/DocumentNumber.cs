using System.Text;
using TuyenGiao.Text;

namespace TuyenGiao.Documents;

/// <summary>
/// A document's number as searched. People type <c>45-NQ/TW</c> as "45 nq tw", "45-nq/tw" or
/// "45/NQ-TW": keeping only its letters and digits, folded and upper case, makes all of them
/// <c>45NQTW</c>.
/// </summary>
public static class DocumentNumber
{
    public static string Key(string number)
    {
        var folded = VietnameseText.Fold(number);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }
        return key.ToString();
    }

    /// <summary>Whether a query looks like (the start of) a number: it has a digit, as every document number does.</summary>
    public static bool LooksLikeNumber(string key) => key.Any(char.IsAsciiDigit);
}
