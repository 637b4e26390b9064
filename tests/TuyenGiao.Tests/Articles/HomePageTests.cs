using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;

namespace TuyenGiao.Tests.Articles;

public class HomePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Header_shows_the_site_name_todays_date_in_vietnamese_and_a_search_box()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cổng thông tin điện tử Ban Tuyên giáo", page.Text(".brand-site"));
        Assert.Equal(VietnamTime.FormatDate(DateTime.UtcNow), page.Text(".today"));
        Assert.NotNull(page.Document.QuerySelector("form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task Menu_lists_the_categories_shown_in_it_with_their_subcategories()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        var topLevel = page.Texts("nav.menu > ul > li > a");
        // The introduction page an admin placed in the menu comes first, its children beneath it.
        Assert.Equal(["Trang chủ", "Giới thiệu chung", "Tin tức - Sự kiện", "Xây dựng Đảng", "Lý luận - Chính trị", "Văn hóa - Xã hội", "Khoa giáo", "Gương điển hình"],
            topLevel.Take(8));
        Assert.Contains("Cơ cấu tổ chức", page.Texts("nav.menu .submenu a"));
        Assert.DoesNotContain("Thông báo", topLevel);
        Assert.Contains("Học tập và làm theo Bác", page.Texts("nav.menu .submenu a"));
        Assert.NotNull(page.Document.QuerySelector("nav.menu a[href='/tin-tuc-su-kien']"));
    }

    [Fact]
    public async Task Footer_shows_the_boards_address_and_contacts_from_settings()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        var footer = page.Text("footer");
        Assert.Contains("Ban Tuyên giáo Tỉnh ủy (bản trình diễn)", footer);
        Assert.Contains("Địa chỉ: Số 1 đường Trần Hưng Đạo", footer);
        Assert.Contains("Điện thoại: 0200 3 800 000", footer);
        Assert.Contains("Email: bantuyengiao@example.vn", footer);
    }

    [Fact]
    public async Task Featured_articles_come_first_then_each_menu_categorys_latest()
    {
        var now = DateTime.UtcNow;
        var featuredTitles = await portal.WithDatabaseAsync(db => db.Articles
            .Where(a => a.IsFeatured && a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).Take(5).ToListAsync());
        var latestInNews = await portal.WithDatabaseAsync(db => db.Articles
            .Where(a => a.Category!.Slug == "tin-tuc-su-kien" || a.Category.Parent!.Slug == "tin-tuc-su-kien")
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).Take(4).ToListAsync());

        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal("Tiêu điểm", page.Text(".featured .section-title"));
        Assert.Equal(featuredTitles, page.Texts(".featured h3"));
        Assert.Equal(latestInNews, page.Texts("section[aria-labelledby='muc-tin-tuc-su-kien'] .card-title"));
        Assert.Contains("Gương điển hình", page.Texts(".home-section .section-title"));
    }

    [Fact]
    public async Task Drafts_and_future_articles_never_reach_the_home_page()
    {
        await portal.WithDatabaseAsync(async db =>
        {
            var news = await db.Categories.SingleAsync(c => c.Slug == "thoi-su-trong-tinh");
            var draft = TestArticles.Published(news, "Bản nháp chưa duyệt trên trang chủ", DateTime.UtcNow.AddMinutes(-1));
            draft.Status = ArticleStatus.Draft;
            draft.IsFeatured = true;
            var future = TestArticles.Published(news, "Bài hẹn giờ đăng ngày mai", DateTime.UtcNow.AddDays(1));
            future.IsFeatured = true;
            db.Articles.AddRange(draft, future);
            await db.SaveChangesAsync();
        });

        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.DoesNotContain("Bản nháp chưa duyệt", page.BodyText);
        Assert.DoesNotContain("Bài hẹn giờ đăng ngày mai", page.BodyText);
    }
}
