namespace TuyenGiao.Content;

/// <summary>A row an admin puts in order by hand (leaders, links, banners, the home page's blocks).</summary>
public interface IOrderedRow
{
    int Id { get; }
    int Order { get; set; }
}

public static class OrderedRows
{
    /// <summary>
    /// Moves one row a place up (toward 1) or down among the given rows, and numbers them all 1, 2, 3…
    /// again, so gaps and ties left by earlier deletions disappear. False when the row is not there.
    /// </summary>
    public static bool Move<T>(IEnumerable<T> rows, int id, bool up) where T : IOrderedRow
    {
        var ordered = rows.OrderBy(r => r.Order).ThenBy(r => r.Id).ToList();
        var index = ordered.FindIndex(r => r.Id == id);
        if (index < 0)
        {
            return false;
        }
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        }
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i + 1;
        }
        return true;
    }

    /// <summary>The order a new row takes: after the last.</summary>
    public static int Next<T>(IEnumerable<T> rows) where T : IOrderedRow => rows.Select(r => r.Order).DefaultIfEmpty(0).Max() + 1;
}
