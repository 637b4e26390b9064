using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Introduction;

public class IntroPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NewPage = "/admin/gioi-thieu/moi";

    private static Dictionary<string, string> PageForm(string title, string body, string? englishTitle = null, string? englishBody = null, string? slug = null) => new()
    {
        ["Form.Title"] = title,
        ["Form.Slug"] = slug ?? "",
        ["Form.BodyMarkdown"] = body,
        ["Form.Position"] = "5",
        ["Form.Placement"] = "Footer",
        ["Form.IsPublished"] = "true",
        ["Form.EnglishTitle"] = englishTitle ?? "",
        ["Form.EnglishBodyMarkdown"] = englishBody ?? "",
    };

    [Fact]
    public async Task The_demo_organisation_page_links_its_english_version_both_ways_and_the_english_page_is_marked_english()
    {
        var client = portal.CreateClient();

        var vietnamese = await HtmlPage.GetAsync(client, "/gioi-thieu/co-cau-to-chuc");
        var english = await HtmlPage.GetAsync(client, "/en/organisation");

        Assert.Equal(HttpStatusCode.OK, vietnamese.Status);
        Assert.Equal("vi", vietnamese.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cơ cấu tổ chức", vietnamese.Text("h1"));
        Assert.Equal("http://localhost/en/organisation", vietnamese.Document.QuerySelector("link[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("English", vietnamese.Text("a.language-switch"));
        Assert.Equal("/en/organisation", vietnamese.Document.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, english.Status);
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Organisation", english.Text("h1"));
        Assert.Equal("http://localhost/gioi-thieu/co-cau-to-chuc", english.Document.QuerySelector("link[hreflang=vi]")!.GetAttribute("href"));
        Assert.Equal("Tiếng Việt", english.Text("a.language-switch"));
        // The header stays Vietnamese and says so.
        Assert.Equal("vi", english.Document.QuerySelector("header")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_leaders_page_lists_the_leaders_in_the_admins_order_in_both_languages()
    {
        var client = portal.CreateClient();

        var vietnamese = await HtmlPage.GetAsync(client, "/gioi-thieu/lanh-dao-ban");
        var english = await HtmlPage.GetAsync(client, "/en/leadership");

        Assert.Equal(["Trần Thị Thu Hà", "Nguyễn Văn Minh", "Lê Quang Huy"], vietnamese.Texts(".leader h3"));
        Assert.Contains("Ủy viên Ban Thường vụ, Trưởng ban", vietnamese.Text(".leader"));
        Assert.Contains("Head of the Board", english.Text(".leader"));
    }

    [Fact]
    public async Task An_admin_writes_a_page_with_an_english_version_then_restores_an_earlier_text()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        using var created = await admin.PostFormAsync(NewPage, PageForm("Quy chế làm việc", "Bản quy chế **thứ nhất**.", "Working rules", "The first rules."));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var id = int.Parse(editUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        using var edited = await admin.PostFormAsync(editUrl, PageForm("Quy chế làm việc", "Bản quy chế thứ hai.", "Working rules", "The second rules."));
        var afterEdit = await HtmlPage.GetAsync(portal.CreateClient(), "/gioi-thieu/quy-che-lam-viec");
        var firstRevision = await portal.WithDatabaseAsync(db => db.IntroPageRevisions.Where(r => r.PageId == id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        using var restored = await admin.PostFormAsync($"{editUrl}/lich-su?handler=Restore&revisionId={firstRevision}", new Dictionary<string, string>(), $"{editUrl}/lich-su");
        var afterRestore = await HtmlPage.GetAsync(portal.CreateClient(), "/gioi-thieu/quy-che-lam-viec");
        var englishAfterRestore = await HtmlPage.GetAsync(portal.CreateClient(), "/en/working-rules");
        var footer = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Bản quy chế thứ hai.", afterEdit.Text(".article-body"));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Bản quy chế thứ nhất.", afterRestore.Text(".article-body"));
        Assert.Equal("<strong>thứ nhất</strong>", afterRestore.Document.QuerySelector(".article-body strong")!.OuterHtml);
        Assert.Contains("The first rules.", englishAfterRestore.Text(".article-body"));
        Assert.Contains("Quy chế làm việc", footer.Texts(".footer-pages a"));
        Assert.Equal(3, await portal.WithDatabaseAsync(db => db.IntroPageRevisions.CountAsync(r => r.PageId == id)));
        Assert.True(await portal.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Khôi phục bản cũ của trang giới thiệu")));
    }

    [Theory]
    [InlineData("thoi-su", "trùng với một chuyên mục")]
    [InlineData("admin", "đã được trang khác của cổng dùng")]
    [InlineData("co-cau-to-chuc", "đã thuộc một trang giới thiệu khác")]
    public async Task A_slug_that_collides_is_refused_beside_its_field_and_nothing_typed_is_lost(string slug, string message)
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var categorySlug = await portal.WithDatabaseAsync(db => db.Categories.Select(c => c.Slug).FirstAsync(s => s.StartsWith("thoi-su")));
        var typed = slug == "thoi-su" ? categorySlug : slug;

        using var response = await admin.PostFormAsync(NewPage, PageForm("Trang thử đường dẫn", "Nội dung đã gõ, không được mất.", slug: typed));
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Text("[data-valmsg-for='Form.Slug']"));
        Assert.Equal("Nội dung đã gõ, không được mất.", page.Document.QuerySelector("textarea[name='Form.BodyMarkdown']")!.TextContent.Trim());
        Assert.False(await portal.WithDatabaseAsync(db => db.IntroPages.AnyAsync(p => p.Title == "Trang thử đường dẫn")));
    }

    [Fact]
    public async Task The_footer_carries_the_legal_lines_an_admin_edits()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/gioi-thieu");

        Assert.Contains("Chịu trách nhiệm nội dung: Nguyễn Văn Minh", page.Text("footer"));
        Assert.Contains("Giấy phép số: Số 00/GP-TTĐT", page.Text("footer"));
        Assert.Contains("Cơ cấu tổ chức", page.Texts(".intro-tree a"));
    }
}
