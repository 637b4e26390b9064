namespace TuyenGiao;

/// <summary>
/// One page of a longer list. Pages are numbered from 1. <paramref name="TotalIsAtLeast"/>: counting
/// stopped at <paramref name="TotalCount"/>, and there may be more (the pages counted so far all exist).
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool TotalIsAtLeast = false)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
