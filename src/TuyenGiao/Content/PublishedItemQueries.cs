using TuyenGiao.Text;

namespace TuyenGiao.Content;

/// <summary>The filters albums and films share, for the public search and the newsroom's lists.</summary>
public static class PublishedItemQueries
{
    /// <summary>Those whose folded title or description holds every one of the folded terms (they are few: a scan is enough).</summary>
    public static IQueryable<T> ContainingAll<T>(this IQueryable<T> items, IEnumerable<string> foldedTerms)
        where T : PublishedItem
    {
        foreach (var term in foldedTerms)
        {
            items = items.Where(i => i.SearchText.Contains(term));
        }
        return items;
    }

    /// <summary>The newsroom's filters: published (true), drafts (false) or all (null); words as typed, with or without tones.</summary>
    public static IQueryable<T> FilteredFor<T>(this IQueryable<T> items, bool? published, string? text)
        where T : PublishedItem
    {
        if (published is { } isPublished)
        {
            items = items.Where(i => i.IsPublished == isPublished);
        }
        var folded = VietnameseText.Fold(text ?? "").Trim();
        return folded.Length > 0 ? items.ContainingAll([folded]) : items;
    }
}
