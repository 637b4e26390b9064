using TuyenGiao.Text;

namespace TuyenGiao.Search;

/// <summary>
/// What a reader typed, folded and split into terms. A term is one word, or the words of a quoted
/// phrase ("học tập") that must stand together in that order. Nothing of the raw text reaches SQL:
/// terms hold only letters and digits.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    private const int MaxTerms = 12;

    private SearchQuery(string text, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The query as typed, cut between words at <see cref="MaxLength"/>, for echoing back in the search box.</summary>
    public string Text { get; }

    public IReadOnlyList<IReadOnlyList<string>> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Every folded word of the query, once: what a snippet highlights.</summary>
    public IReadOnlyList<string> Words => Terms.SelectMany(t => t).Distinct().ToList();

    public static SearchQuery Parse(string? raw)
    {
        var text = (raw ?? "").Trim();
        if (text.Length > MaxLength)
        {
            // Cut between words: half a word would be searched as a word of its own.
            var cut = char.IsLetterOrDigit(text[MaxLength]) ? text.LastIndexOf(' ', MaxLength) : MaxLength;
            text = text[..(cut > 0 ? cut : MaxLength)].TrimEnd();
        }
        var folded = VietnameseText.Fold(text);
        var terms = new List<IReadOnlyList<string>>();
        var phrase = new List<string>();
        var inQuotes = false;
        var word = new System.Text.StringBuilder();

        foreach (var c in folded + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            EndWord();
            if (c is '"' or '“' or '”')
            {
                if (inQuotes)
                {
                    EndPhrase();
                }
                inQuotes = !inQuotes;
            }
        }
        EndPhrase();
        return new SearchQuery(text, terms.Distinct(TermComparer.Instance).Take(MaxTerms).ToList());

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }
            if (inQuotes)
            {
                phrase.Add(word.ToString());
            }
            else
            {
                terms.Add([word.ToString()]);
            }
            word.Clear();
        }

        void EndPhrase()
        {
            if (phrase.Count > 0)
            {
                terms.Add(phrase.ToList());
                phrase.Clear();
            }
        }
    }

    private sealed class TermComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public static TermComparer Instance { get; } = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<string> term) => string.Join(' ', term).GetHashCode(StringComparison.Ordinal);
    }
}
