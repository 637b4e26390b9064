using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.HomePage;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.HomePage;

public class HomeLayoutTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static List<string> SectionHeadings(HtmlPage page) =>
        page.Document.QuerySelectorAll("main section > h2").Select(h => HtmlPage.Collapse(h.TextContent)).ToList();

    [Fact]
    public async Task The_demo_home_page_shows_the_running_topic_the_links_and_the_sponsors_row()
    {
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Contains("Chuyên đề: Kỷ niệm 115 năm thành lập tỉnh", SectionHeadings(home));
        Assert.Contains("Liên kết website", SectionHeadings(home));
        Assert.Equal("https://dangcongsan.vn/", home.Document.QuerySelector(".website-links a")!.GetAttribute("href"));
        Assert.Equal(3, home.Document.QuerySelectorAll(".banners-sponsors img").Length);
        Assert.Contains("Các đơn vị tài trợ website", home.Text(".sponsors h2"));
    }

    [Fact]
    public async Task An_admin_moves_the_photo_block_above_the_news_and_hides_the_links_and_the_cached_home_page_follows()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var before = await HtmlPage.GetAsync(portal.CreateClient(), "/");
        var albums = await portal.WithDatabaseAsync(db => db.HomeBlocks.SingleAsync(b => b.Kind == HomeBlockKind.Albums));
        var links = await portal.WithDatabaseAsync(db => db.HomeBlocks.SingleAsync(b => b.Kind == HomeBlockKind.Links));

        for (var i = 0; i < 6; i++)
        {
            using var moved = await admin.PostFormAsync("/admin/trang-chu?handler=Move",
                new Dictionary<string, string> { ["blockId"] = albums.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["up"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }
        using var hidden = await admin.PostFormAsync("/admin/trang-chu?handler=Show",
            new Dictionary<string, string> { ["blockId"] = links.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["visible"] = "false" });
        var after = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.True(SectionHeadings(before).IndexOf("Thư viện ảnh") > SectionHeadings(before).IndexOf("Tiêu điểm"));
        Assert.Equal("Thư viện ảnh", SectionHeadings(after)[0]);
        Assert.DoesNotContain("Liên kết website", SectionHeadings(after));
        Assert.True(await portal.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Ẩn khối trang chủ")));
    }

    [Fact]
    public async Task Adding_a_second_block_of_a_kind_that_shows_the_same_content_is_refused_beside_its_field()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);

        using var response = await admin.PostFormAsync("/admin/trang-chu?handler=Add", new Dictionary<string, string> { ["Form.Kind"] = "Featured" }, "/admin/trang-chu");
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Trang chủ đã có khối “Tiêu điểm”", page.Text("[data-valmsg-for='Form.Kind']"));
    }
}
