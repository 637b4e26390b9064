using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using TuyenGiao.Text;

namespace TuyenGiao.Search;

/// <summary>
/// Marks the query's words in the reader's own (toned) text. Matching happens on the folded text,
/// which has the same length as the original, so a match's offsets apply to the original unchanged.
/// Output is HTML: every piece of text is encoded, and only &lt;mark&gt; is added.
/// </summary>
public static class SearchHighlighter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Highlight(string text, IReadOnlyList<string> words)
    {
        var original = UnicodeText.Composed(text);
        return Render(original, Matches(VietnameseText.Fold(original), words), 0, original.Length);
    }

    /// <summary>About <paramref name="length"/> characters around the first match, cut at word boundaries.</summary>
    public static string Snippet(string text, IReadOnlyList<string> words, int length = 240)
    {
        var original = UnicodeText.Composed(text).ReplaceLineEndings(" ");
        var matches = Matches(VietnameseText.Fold(original), words);
        var first = matches.Count > 0 ? matches[0].Start : 0;
        var start = first < length / 4 ? 0 : WordStartBefore(original, first - (length / 4));
        var end = Math.Min(original.Length, start + length);
        if (end < original.Length)
        {
            end = WordEndBefore(original, end, start);
        }
        var snippet = Render(original, matches, start, end);
        return (start > 0 ? "… " : "") + snippet + (end < original.Length ? " …" : "");
    }

    private static List<(int Start, int Length)> Matches(string folded, IReadOnlyList<string> words)
    {
        var matches = new List<(int Start, int Length)>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(folded[i - 1]))
            {
                continue;
            }
            foreach (var word in words)
            {
                var end = i + word.Length;
                if (string.CompareOrdinal(folded, i, word, 0, word.Length) == 0
                    && (end == folded.Length || !char.IsLetterOrDigit(folded[end])))
                {
                    matches.Add((i, word.Length));
                    i = end - 1;
                    break;
                }
            }
        }
        return matches;
    }

    private static string Render(string original, List<(int Start, int Length)> matches, int start, int end)
    {
        var html = new StringBuilder();
        var position = start;
        foreach (var (matchStart, matchLength) in matches)
        {
            if (matchStart < start || matchStart + matchLength > end)
            {
                continue;
            }
            html.Append(Encoder.Encode(original[position..matchStart]))
                .Append("<mark>").Append(Encoder.Encode(original.Substring(matchStart, matchLength))).Append("</mark>");
            position = matchStart + matchLength;
        }
        return html.Append(Encoder.Encode(original[position..end])).ToString().Trim();
    }

    private static int WordStartBefore(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEndBefore(string text, int index, int floor)
    {
        var end = index;
        while (end > floor && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        return end > floor ? end : index;
    }
}
