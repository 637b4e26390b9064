using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Tests.Shared;

public class PagerTests
{
    private static string Slots(int page, int pageCount) =>
        string.Join(' ', new Pager(page, pageCount, p => $"?trang={p}").Slots().Select(s => s?.ToString() ?? "…"));

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 10, "1 2 3 … 10")]
    [InlineData(4, 10, "1 2 3 4 5 6 … 10")]
    [InlineData(5, 10, "1 … 3 4 5 6 7 … 10")]
    [InlineData(10, 10, "1 … 8 9 10")]
    [InlineData(2, 4, "1 2 3 4")]
    public void Shows_first_last_and_neighbours_with_gaps(int page, int pageCount, string expected)
    {
        Assert.Equal(expected, Slots(page, pageCount));
    }
}
