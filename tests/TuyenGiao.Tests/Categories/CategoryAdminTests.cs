using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Categories;

public class CategoryAdminTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Fields(string name, string slug = "", string parentId = "", string order = "50") => new()
    {
        ["Form.Name"] = name, ["Form.Slug"] = slug, ["Form.ParentId"] = parentId, ["Form.DisplayOrder"] = order,
        ["Form.ShowInMenu"] = "true", ["Form.Description"] = "Mô tả ngắn.",
    };

    private Task<Category> StoredAsync(string name) =>
        portal.WithDatabaseAsync(db => db.Categories.AsNoTracking().FirstAsync(c => c.Name == name));

    [Fact]
    public async Task A_new_sub_category_shows_in_the_menu_under_its_parent_and_has_its_page()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var parent = await portal.WithDatabaseAsync(db => db.Categories.FirstAsync(c => c.ParentId == null && c.ShowInMenu));

        using var created = await admin.PostFormAsync("/admin/chuyen-muc", Fields("Văn hóa – Văn nghệ cơ sở", parentId: parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var list = await HtmlPage.GetAsync(admin, "/admin/chuyen-muc");
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/van-hoa-van-nghe-co-so");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Đã tạo chuyên mục “Văn hóa – Văn nghệ cơ sở”.", list.Text(".notice"));
        Assert.Equal(parent.Id, (await StoredAsync("Văn hóa – Văn nghệ cơ sở")).ParentId);
        Assert.Contains("Văn hóa – Văn nghệ cơ sở", home.Texts("nav.menu a"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task Renaming_a_slug_keeps_old_links_working_with_a_permanent_redirect()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        using (await admin.PostFormAsync("/admin/chuyen-muc", Fields("Gương người tốt", slug: "guong-nguoi-tot-cu")))
        {
        }
        var category = await StoredAsync("Gương người tốt");

        using var renamed = await admin.PostFormAsync($"/admin/chuyen-muc/{category.Id}", Fields("Gương người tốt việc tốt", slug: "guong-sang"));
        using var old = await portal.CreateClientWithoutRedirects().GetAsync("/guong-nguoi-tot-cu?trang=1");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/guong-sang?trang=1", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/guong-sang")).StatusCode);
    }

    [Fact]
    public async Task Moving_a_sub_category_under_another_parent_moves_its_articles_to_that_parents_page()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var moving = await portal.WithDatabaseAsync(async db =>
        {
            var category = TestArticles.Category("Chuyên mục sẽ chuyển", TestArticles.Category("Chuyên mục cha cũ"));
            db.Categories.Add(TestArticles.Category("Chuyên mục cha mới"));
            db.Articles.Add(TestArticles.Published(category, "Bài đi theo chuyên mục", DateTime.UtcNow.AddHours(-1)));
            await db.SaveChangesAsync();
            return category;
        });
        var newParent = await StoredAsync("Chuyên mục cha mới");
        var oldParentBefore = await HtmlPage.GetAsync(portal.CreateClient(), "/chuyen-muc-cha-cu");

        using var moved = await admin.PostFormAsync($"/admin/chuyen-muc/{moving.Id}",
            Fields("Chuyên mục sẽ chuyển", slug: moving.Slug, parentId: newParent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var oldParentAfter = await HtmlPage.GetAsync(portal.CreateClient(), "/chuyen-muc-cha-cu");
        var newParentAfter = await HtmlPage.GetAsync(portal.CreateClient(), "/chuyen-muc-cha-moi");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Bài đi theo chuyên mục"], oldParentBefore.Texts(".story-title"));
        Assert.Empty(oldParentAfter.Texts(".story-title"));
        Assert.Equal(["Bài đi theo chuyên mục"], newParentAfter.Texts(".story-title"));
    }

    [Fact]
    public async Task A_slug_the_site_uses_and_a_third_level_are_refused_beside_their_fields_keeping_the_input()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var child = await portal.WithDatabaseAsync(db => db.Categories.FirstAsync(c => c.ParentId != null));

        var reserved = await HtmlPage.FromResponseAsync(await admin.PostFormAsync("/admin/chuyen-muc", Fields("Tìm kiếm", slug: "tim-kiem")));
        var tooDeep = await HtmlPage.FromResponseAsync(await admin.PostFormAsync("/admin/chuyen-muc",
            Fields("Cấp ba", parentId: child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal("Đường dẫn “tim-kiem” đã được trang khác của cổng dùng, xin chọn đường dẫn khác.", reserved.Text("[data-valmsg-for='Form.Slug']"));
        Assert.Equal("Tìm kiếm", EditorForm.ValuesOf(reserved, "form.admin-form")["Form.Name"]);
        Assert.Equal("Chỉ có hai cấp: chuyên mục cha phải là chuyên mục cấp một.", tooDeep.Text("[data-valmsg-for='Form.ParentId']"));
        Assert.Equal("Mô tả ngắn.", EditorForm.ValuesOf(tooDeep, "form.admin-form")["Form.Description"]);
    }

    [Fact]
    public async Task Only_an_empty_category_can_be_deleted_and_only_when_confirmed()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var full = await portal.WithDatabaseAsync(db => db.Categories.FirstAsync(c => db.Articles.Any(a => a.CategoryId == c.Id)));
        var fullCount = await portal.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.CategoryId == full.Id));
        using (await admin.PostFormAsync("/admin/chuyen-muc", Fields("Chuyên mục tạm")))
        {
        }
        var empty = await StoredAsync("Chuyên mục tạm");

        var refused = await HtmlPage.FromResponseAsync(await admin.PostFormAsync($"/admin/chuyen-muc/{full.Id}?handler=Delete",
            new Dictionary<string, string> { ["confirm"] = "true" }, $"/admin/chuyen-muc/{full.Id}"));
        var unconfirmed = await HtmlPage.FromResponseAsync(await admin.PostFormAsync($"/admin/chuyen-muc/{empty.Id}?handler=Delete",
            new Dictionary<string, string>(), $"/admin/chuyen-muc/{empty.Id}"));
        using var deleted = await admin.PostFormAsync($"/admin/chuyen-muc/{empty.Id}?handler=Delete",
            new Dictionary<string, string> { ["confirm"] = "true" }, $"/admin/chuyen-muc/{empty.Id}");

        Assert.Equal($"Không thể xóa: chuyên mục còn {fullCount} bài viết. Hãy chuyển các bài sang chuyên mục khác trước.", refused.Text(".error-summary"));
        Assert.Equal("Hãy đánh dấu ô xác nhận trước khi xóa.", unconfirmed.Text(".error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await portal.WithDatabaseAsync(db => db.Categories.AnyAsync(c => c.Id == empty.Id)));
        Assert.True(await portal.WithDatabaseAsync(db => db.Categories.AnyAsync(c => c.Id == full.Id)));
    }

    [Fact]
    public void Every_first_path_segment_the_site_answers_is_a_reserved_slug()
    {
        var firstSegments = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments.FirstOrDefault())
            .Where(segment => segment is { IsSimple: true } && segment.Parts[0].IsLiteral)
            .Select(segment => ((Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart)segment!.Parts[0]).Content)
            .Where(literal => !literal.Contains('.', StringComparison.Ordinal))
            .Select(literal => literal.ToLowerInvariant())
            .Distinct();

        Assert.All(firstSegments, literal => Assert.Contains(literal, CategoryManagement.ReservedSlugs));
    }
}
