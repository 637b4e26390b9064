using System.Net;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Categories;

/// <summary>A category of its own with 30 articles, and a subcategory with 2, so the paging is exact.</summary>
public sealed class CategoryPageFixture : PortalFactory, IAsyncLifetime
{
    public static readonly DateTime Newest = new(2025, 6, 30, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>All 32 titles, newest first, as the category page should list them.</summary>
    public List<string> TitlesNewestFirst { get; } = [];

    public async Task InitializeAsync()
    {
        await WithDatabaseAsync(async db =>
        {
            var parent = TestArticles.Category("Kiểm thử phân trang");
            var child = TestArticles.Category("Kiểm thử chuyên mục con", parent);
            for (var day = 0; day < 32; day++)
            {
                // Every third day the article is the subcategory's: the parent page lists those too.
                var category = day is 4 or 20 ? child : parent;
                var title = $"Bài kiểm thử số {32 - day:00}";
                db.Articles.Add(TestArticles.Published(category, title, Newest.AddDays(-day)));
                TitlesNewestFirst.Add(title);
            }
            await db.SaveChangesAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class CategoryPageTests(CategoryPageFixture portal) : IClassFixture<CategoryPageFixture>
{
    [Fact]
    public async Task First_page_lists_the_newest_twelve_including_subcategory_articles()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/kiem-thu-phan-trang");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Kiểm thử phân trang", page.Text("h1"));
        Assert.Equal(portal.TitlesNewestFirst.Take(12), page.Texts(".story-title"));
        Assert.Contains("Kiểm thử chuyên mục con", page.Texts(".subcategories a"));
        Assert.Equal("Thứ Hai, 30/6/2025 10:00 (GMT+7)", page.Texts(".story .meta")[0]);
    }

    [Fact]
    public async Task Pager_reads_trang_then_numbers_with_a_stable_url_per_page()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/kiem-thu-phan-trang");

        Assert.Equal("Trang 1 2 3 ›", page.Text("nav.pager"));
        Assert.Equal(["/kiem-thu-phan-trang?trang=2", "/kiem-thu-phan-trang?trang=3", "/kiem-thu-phan-trang?trang=2"],
            page.Document.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_later_page_lists_the_next_articles_in_order()
    {
        var second = await HtmlPage.GetAsync(portal.CreateClient(), "/kiem-thu-phan-trang?trang=2");
        var last = await HtmlPage.GetAsync(portal.CreateClient(), "/kiem-thu-phan-trang?trang=3");

        Assert.Equal(portal.TitlesNewestFirst.Skip(12).Take(12), second.Texts(".story-title"));
        Assert.Equal(portal.TitlesNewestFirst.Skip(24), last.Texts(".story-title"));
        Assert.Equal("2", second.Text(".pager .current"));
        Assert.Equal("Kiểm thử phân trang - Trang 2 - Cổng thông tin điện tử Ban Tuyên giáo", second.Document.Title);
    }

    [Fact]
    public async Task A_subcategory_page_lists_only_its_own_articles_under_its_parent()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/kiem-thu-chuyen-muc-con");

        Assert.Equal(["Bài kiểm thử số 28", "Bài kiểm thử số 12"], page.Texts(".story-title"));
        Assert.Contains("Kiểm thử phân trang", page.Text("nav.breadcrumb"));
        Assert.Null(page.Document.QuerySelector("nav.pager"));
    }

    [Theory]
    [InlineData("/kiem-thu-phan-trang?trang=4")]
    [InlineData("/kiem-thu-phan-trang?trang=0")]
    [InlineData("/chuyen-muc-khong-ton-tai")]
    public async Task Pages_past_the_end_and_unknown_categories_are_not_found(string url)
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
    }
}
