using System.Text;

namespace TuyenGiao.DemoContent;

/// <summary>
/// A word-pair Markov chain trained on our own demo articles: it writes new Vietnamese sentences with
/// the vocabulary and word frequencies of real portal prose, so a generated archive searches like one.
/// </summary>
internal sealed class TextChain
{
    private readonly Dictionary<(string, string), List<string>> _next = [];
    private readonly List<(string, string)> _starts = [];

    public TextChain(IEnumerable<string> texts)
    {
        foreach (var sentence in texts.SelectMany(Sentences))
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3)
            {
                continue;
            }
            _starts.Add((words[0], words[1]));
            for (var i = 2; i < words.Length; i++)
            {
                var key = (words[i - 2], words[i - 1]);
                if (!_next.TryGetValue(key, out var followers))
                {
                    _next[key] = followers = [];
                }
                followers.Add(words[i]);
            }
        }
    }

    public string Sentence(Random random, int maxWords = 28)
    {
        var (first, second) = _starts[random.Next(_starts.Count)];
        var sentence = new StringBuilder(first).Append(' ').Append(second);
        for (var count = 2; count < maxWords && _next.TryGetValue((first, second), out var followers); count++)
        {
            var word = followers[random.Next(followers.Count)];
            sentence.Append(' ').Append(word);
            (first, second) = (second, word);
            if (word.EndsWith('.'))
            {
                return sentence.ToString();
            }
        }
        return sentence.ToString().TrimEnd(',', ';', ':') + ".";
    }

    /// <summary>A headline: a sentence's opening words, without its closing full stop.</summary>
    public string Headline(Random random)
    {
        var words = Sentence(random).TrimEnd('.').Split(' ');
        var length = Math.Min(words.Length, random.Next(7, 16));
        return string.Join(' ', words.Take(length)).TrimEnd(',', ';', ':');
    }

    private static IEnumerable<string> Sentences(string text) =>
        text.Replace('\n', ' ').Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !s.StartsWith('|') && !s.StartsWith('^') && !s.StartsWith('#'))
            .Select(s => s.TrimStart('-', '>', ' ', '*', '1', '2', '3', '.').Replace("**", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal) + (s.EndsWith('.') ? "" : "."));
}
