using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

/// <summary>An account limited to a district board's section sees, edits, reviews and publishes only there.</summary>
public class CategoryLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>A top category with children, and another top category.</summary>
    private Task<(int Parent, int Child, int Other)> CategoriesAsync() => portal.WithDatabaseAsync(async db =>
    {
        var parent = await db.Categories.Where(c => c.ParentId == null && c.Children.Any()).OrderBy(c => c.Id).FirstAsync();
        var child = await db.Categories.Where(c => c.ParentId == parent.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var other = await db.Categories.Where(c => c.ParentId == null && c.Id != parent.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return (parent.Id, child, other);
    });

    [Fact]
    public async Task A_limited_editor_lists_opens_and_publishes_only_in_its_categories_children_included()
    {
        var (parent, child, other) = await CategoriesAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);
        var outside = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(other, "Bài ở chuyên mục ngoài giới hạn"));
        var inChild = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(child, "Bài ở chuyên mục con trong giới hạn"));
        var limited = await portal.SignedInLimitedAsync(Roles.Editor, parent);

        var list = await HtmlPage.GetAsync(limited, "/admin/bai-viet");
        var editorPage = await HtmlPage.GetAsync(limited, "/admin/bai-viet/moi");
        var choices = editorPage.Document.QuerySelectorAll("select[name='Form.CategoryId'] option[value]:not([value=''])").Select(o => int.Parse(o.GetAttribute("value")!)).ToList();

        Assert.Contains("Bài ở chuyên mục con trong giới hạn", list.Html);
        Assert.DoesNotContain("Bài ở chuyên mục ngoài giới hạn", list.Html);
        Assert.Contains(parent, choices);
        Assert.Contains(child, choices);
        Assert.DoesNotContain(other, choices);
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(limited, $"/admin/bai-viet/{outside}")).Status);
        // Posts made by hand to an article outside the section are refused too, whatever the handler.
        var outsideForm = await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{outside}");
        foreach (var handler in new[] { "Save", "Publish", "Unpublish", "Submit", "Preview", "Comment" })
        {
            using var response = await limited.PostFormAsync($"/admin/bai-viet/{outside}?handler={handler}",
                new Dictionary<string, string>(outsideForm) { ["Comment"] = "Ý kiến từ huyện khác" }, "/admin/bai-viet/moi");
            Assert.Equal((handler, HttpStatusCode.Forbidden), (handler, response.StatusCode));
        }
        Assert.Equal(ArticleStatus.Draft, (await portal.StoredArticleAsync(outside)).Status);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.ArticleComments.CountAsync(c => c.ArticleId == outside)));

        using (var published = await limited.PostFormAsync($"/admin/bai-viet/{inChild}?handler=Publish", await EditorForm.OpenAsync(limited, $"/admin/bai-viet/{inChild}"), $"/admin/bai-viet/{inChild}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        Assert.Equal(ArticleStatus.Published, (await portal.StoredArticleAsync(inChild)).Status);

        // Moving an article out of its section, or writing one in another, is refused beside the field with the text kept.
        var moved = new Dictionary<string, string>(await EditorForm.OpenAsync(limited, $"/admin/bai-viet/{inChild}")) { ["Form.CategoryId"] = other.ToString() };
        var refused = await HtmlPage.FromResponseAsync(await limited.PostFormAsync($"/admin/bai-viet/{inChild}?handler=Save", moved, $"/admin/bai-viet/{inChild}"));
        var refusedNew = await HtmlPage.FromResponseAsync(await limited.PostFormAsync("/admin/bai-viet/moi?handler=Save", EditorForm.NewArticle(other, "Bài viết trộm sang chuyên mục khác"), "/admin/bai-viet/moi"));
        Assert.Equal("Tài khoản của bạn không được viết bài ở chuyên mục này; hãy chọn một chuyên mục của mình.", refused.Text("[data-valmsg-for='Form.CategoryId']"));
        Assert.Equal("Tài khoản của bạn không được viết bài ở chuyên mục này; hãy chọn một chuyên mục của mình.", refusedNew.Text("[data-valmsg-for='Form.CategoryId']"));
        Assert.Equal("Bài viết trộm sang chuyên mục khác", EditorForm.ValuesOf(refusedNew)["Form.Title"]);
        Assert.Equal(child, (await portal.StoredArticleAsync(inChild)).CategoryId);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Title == "Bài viết trộm sang chuyên mục khác")));
    }

    [Fact]
    public async Task A_limited_editor_reviews_only_what_was_sent_in_its_categories()
    {
        var (parent, _, other) = await CategoriesAsync();
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var inside = await EditorForm.CreateArticleAsync(contributor, EditorForm.NewArticle(parent, "Bài gửi duyệt trong chuyên mục của huyện"), "Submit");
        var outside = await EditorForm.CreateArticleAsync(contributor, EditorForm.NewArticle(other, "Bài gửi duyệt ở chuyên mục khác"), "Submit");
        var limited = await portal.SignedInLimitedAsync(Roles.Editor, parent);

        var queue = await HtmlPage.GetAsync(limited, "/admin/duyet-bai");
        using var returnOutside = await limited.PostFormAsync($"/admin/bai-viet/{outside}?handler=Return",
            new Dictionary<string, string> { ["Comment"] = "Không phải việc của tôi" }, "/admin/duyet-bai");

        Assert.Contains("Bài gửi duyệt trong chuyên mục của huyện", queue.Text("#cho-duyet + ul"));
        Assert.DoesNotContain("Bài gửi duyệt ở chuyên mục khác", queue.Html);
        Assert.Equal(HttpStatusCode.Forbidden, returnOutside.StatusCode);
        Assert.Equal(ArticleStatus.Pending, (await portal.StoredArticleAsync(outside)).Status);
        Assert.Equal(ArticleStatus.Pending, (await portal.StoredArticleAsync(inside)).Status);
    }

    [Fact]
    public async Task An_admin_limits_an_account_from_the_users_form_and_it_applies_at_the_accounts_next_click()
    {
        var (parent, _, other) = await CategoriesAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);
        var outside = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(other, "Bài của biên tập viên trước khi bị giới hạn"));
        var userId = await portal.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == outside).Select(a => a.CreatedById!).FirstAsync());
        var admin = await portal.SignedInAsync(Roles.Admin);
        var form = EditorForm.ValuesOf(await HtmlPage.GetAsync(admin, $"/admin/nguoi-dung/{userId}"), "form.admin-form");
        form["Form.CategoryIds"] = parent.ToString();

        using var saved = await admin.PostFormAsync($"/admin/nguoi-dung/{userId}", form, $"/admin/nguoi-dung/{userId}");
        var shown = await HtmlPage.FromResponseAsync(saved);

        Assert.Equal("Đã lưu tài khoản.", shown.Text(".notice p"));
        Assert.NotNull(shown.Document.QuerySelector($"input[name='Form.CategoryIds'][value='{parent}'][checked]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{outside}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(editor, "/admin/album-anh")).Status);
        Assert.Contains("giới hạn 1 chuyên mục", await portal.WithDatabaseAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Action).FirstAsync()));
    }
}
