namespace TuyenGiao.Documents;

/// <summary>
/// Reads the "Bài viết liên quan" box of the document form: one article a line, as an editor pastes it —
/// the article's address (<c>https://…/thoi-su/hoi-nghi-quan-triet-123</c>, with or without the site's
/// host) or its id (<c>123</c>). Every article address ends in <c>-{id}</c>, so the id is all that is read.
/// </summary>
public static class RelatedArticleList
{
    /// <summary>More than any document is cited by on its page.</summary>
    public const int MaxArticles = 20;

    /// <summary>The ids in the order given, without repeats, and the lines that name no article id.</summary>
    public static (List<int> Ids, List<string> Unreadable) Read(string text)
    {
        var ids = new List<int>();
        var unreadable = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IdIn(line) is { } id)
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
            else
            {
                unreadable.Add(line);
            }
        }
        return (ids, unreadable);
    }

    private static int? IdIn(string line)
    {
        // The path alone: no query, no fragment, no trailing slash.
        var path = line.Split('?', '#')[0].TrimEnd('/');
        var last = path[(path.LastIndexOfAny(['/', '-']) + 1)..];
        return last.Length is > 0 and <= 9 && last.All(char.IsAsciiDigit) && int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) is > 0 and var id
            ? id
            : null;
    }
}
