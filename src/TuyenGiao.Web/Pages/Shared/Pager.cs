namespace TuyenGiao.Web.Pages.Shared;

/// <summary>"Trang 1 2 3 … 10": the first and last pages, the current one and its neighbours, gaps as ellipses.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlOf)
{
    private const int Neighbours = 2;

    /// <summary>Page numbers to show in order; null stands for a gap.</summary>
    public IReadOnlyList<int?> Slots()
    {
        var slots = new List<int?>();
        for (var page = 1; page <= PageCount; page++)
        {
            var shown = page == 1 || page == PageCount || Math.Abs(page - Page) <= Neighbours;
            if (shown)
            {
                slots.Add(page);
            }
            else if (slots[^1] is not null)
            {
                slots.Add(null);
            }
        }
        return slots;
    }
}
