using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Articles;

public class ArticleEditorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<(int Id, string Slug)> CategoryAsync() =>
        portal.WithDatabaseAsync(db => db.Categories.Where(c => c.ParentId == null).OrderBy(c => c.Id)
            .Select(c => new ValueTuple<int, string>(c.Id, c.Slug)).FirstAsync());

    [Fact]
    public async Task Every_button_of_the_editor_posts_to_the_article_being_edited()
    {
        // The page answers two routes (new and existing); a button must never send an edit to "new".
        var editor = await portal.SignedInAsync(Roles.Editor);
        var (categoryId, _) = await CategoryAsync();
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, "Bài kiểm tra địa chỉ các nút"));

        var existing = await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{id}");
        var blank = await HtmlPage.GetAsync(editor, "/admin/bai-viet/moi");

        Assert.All(existing.Document.QuerySelectorAll("form.article-editor [formaction]"),
            button => Assert.Matches($"^/admin/bai-viet/{id}\\?handler=[A-Za-z]+$", button.GetAttribute("formaction")));
        Assert.All(blank.Document.QuerySelectorAll("form.article-editor [formaction]"),
            button => Assert.Matches("^/admin/bai-viet/moi\\?handler=[A-Za-z]+$", button.GetAttribute("formaction")));
        Assert.NotEmpty(existing.Document.QuerySelectorAll("form.article-editor [formaction]"));
    }

    [Fact]
    public async Task An_article_written_previewed_and_published_is_what_readers_see()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var (categoryId, _) = await CategoryAsync();
        var fields = EditorForm.NewArticle(categoryId, "Hội nghị báo cáo viên tháng Mười Một",
            "## Những điểm mới\n\nNội dung **quan trọng** của hội nghị.\n\n<script>alert('x')</script>");

        var preview = await HtmlPage.FromResponseAsync(
            await editor.PostFormAsync("/admin/bai-viet/moi?handler=Preview", fields, "/admin/bai-viet/moi"));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Hội nghị báo cáo viên tháng Mười Một", preview.Text(".preview h1.article-title"));
        Assert.Equal("Những điểm mới", preview.Text(".preview .article-body h2"));
        Assert.Equal("quan trọng", preview.Text(".preview .article-body strong"));
        Assert.Empty(preview.Document.QuerySelectorAll(".preview script"));
        Assert.Equal(fields["Form.BodyMarkdown"], EditorForm.ValuesOf(preview)["Form.BodyMarkdown"]);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Title == fields["Form.Title"])));

        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.ValuesOf(preview), "Publish");
        var stored = await portal.StoredArticleAsync(id);
        var reader = portal.CreateClient();
        var article = await HtmlPage.GetAsync(reader, $"/{stored.Category!.Slug}/{stored.Slug}-{id}");
        var home = await HtmlPage.GetAsync(reader, "/");

        Assert.Equal(ArticleStatus.Published, stored.Status);
        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Equal(preview.Text(".preview .article-body"), article.Text(".article-body"));
        Assert.Equal("Sapo của bài Hội nghị báo cáo viên tháng Mười Một", article.Text(".sapo"));
        Assert.Equal("Nguồn: Ban Tuyên giáo", article.Text(".source"));
        Assert.Contains("Hội nghị báo cáo viên tháng Mười Một", home.BodyText);
    }

    [Fact]
    public async Task A_failed_validation_keeps_everything_typed_and_explains_each_field_in_vietnamese()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = EditorForm.NewArticle(0, "", "Một đoạn dài đã gõ cẩn thận,\nkhông được mất.");
        fields["Form.CategoryId"] = "";
        fields["Form.Sapo"] = "Sapo đã gõ";

        var page = await HtmlPage.FromResponseAsync(
            await editor.PostFormAsync("/admin/bai-viet/moi?handler=Publish", fields, "/admin/bai-viet/moi"));
        var shown = EditorForm.ValuesOf(page);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Vui lòng nhập tiêu đề.", page.Text("[data-valmsg-for='Form.Title']"));
        Assert.Equal("Vui lòng chọn chuyên mục.", page.Text("[data-valmsg-for='Form.CategoryId']"));
        Assert.Equal("Một đoạn dài đã gõ cẩn thận,\nkhông được mất.", shown["Form.BodyMarkdown"]);
        Assert.Equal("Sapo đã gõ", shown["Form.Sapo"]);
        Assert.Equal("Minh Châu", shown["Form.AuthorLine"]);
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_refused_with_a_clear_message_and_the_text_kept()
    {
        var (categoryId, _) = await CategoryAsync();
        var first = await portal.SignedInAsync(Roles.Editor);
        var second = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(first, EditorForm.NewArticle(categoryId, "Bài hai người cùng sửa"));
        var url = $"/admin/bai-viet/{id}";
        var firstForm = await EditorForm.OpenAsync(first, url);
        var secondForm = await EditorForm.OpenAsync(second, url);

        firstForm["Form.BodyMarkdown"] = "Bản của người thứ nhất.";
        using var firstSave = await first.PostFormAsync(url + "?handler=Save", firstForm, url);
        secondForm["Form.BodyMarkdown"] = "Bản của người thứ hai, gõ rất lâu.";
        var conflict = await HtmlPage.FromResponseAsync(await second.PostFormAsync(url + "?handler=Save", secondForm, url));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("sau khi bạn mở nó", conflict.Text(".error-summary"));
        Assert.Contains("nội dung bạn gõ vẫn còn nguyên", conflict.Text(".error-summary"));
        Assert.Equal("Bản của người thứ hai, gõ rất lâu.", EditorForm.ValuesOf(conflict)["Form.BodyMarkdown"]);
        Assert.Equal("Bản của người thứ nhất.", (await portal.StoredArticleAsync(id)).BodyMarkdown);

        // Having read the message, the second editor saves on purpose; the first one's text stays in the history.
        using var deliberate = await second.PostFormAsync(url + "?handler=Save", EditorForm.ValuesOf(conflict), url);
        Assert.Equal(HttpStatusCode.Redirect, deliberate.StatusCode);
        Assert.Equal("Bản của người thứ hai, gõ rất lâu.", (await portal.StoredArticleAsync(id)).BodyMarkdown);
        var history = await HtmlPage.GetAsync(second, url + "/lich-su");
        Assert.Equal(3, history.Document.QuerySelectorAll(".revision-table tbody tr").Length);
    }

    [Fact]
    public async Task Restoring_a_revision_brings_its_text_back_as_a_new_save()
    {
        var (categoryId, _) = await CategoryAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, "Tiêu đề ban đầu", "Nội dung ban đầu."));
        var url = $"/admin/bai-viet/{id}";
        var form = await EditorForm.OpenAsync(editor, url);
        form["Form.Title"] = "Tiêu đề đã sửa";
        form["Form.BodyMarkdown"] = "Nội dung đã sửa.";
        using var edit = await editor.PostFormAsync(url + "?handler=Save", form, url);

        var history = await HtmlPage.GetAsync(editor, url + "/lich-su");
        Assert.Equal(["Tiêu đề, Nội dung", "Tạo bài viết"], history.Document.QuerySelectorAll(".revision-table tbody tr td:nth-child(3)").Select(td => td.TextContent));
        var oldest = history.Document.QuerySelectorAll(".revision-table tbody tr a").Last().GetAttribute("href")!;
        var revision = await HtmlPage.GetAsync(editor, oldest);
        Assert.Equal("Tiêu đề ban đầu", revision.Text(".preview h1"));
        Assert.Contains("Tiêu đề, Nội dung", revision.Text("main"));

        using var restore = await editor.PostFormAsync(oldest + "?handler=Restore",
            new Dictionary<string, string> { ["version"] = (await portal.StoredArticleAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, oldest);

        var stored = await portal.StoredArticleAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(("Tiêu đề ban đầu", "Nội dung ban đầu."), (stored.Title, stored.BodyMarkdown));
        var after = await HtmlPage.GetAsync(editor, url + "/lich-su");
        Assert.Equal(3, after.Document.QuerySelectorAll(".revision-table tbody tr").Length);
        Assert.StartsWith("Khôi phục bản lưu lúc", after.Text(".revision-table tbody tr td:nth-child(3)"));
    }

    [Fact]
    public async Task Published_at_is_set_on_publish_kept_through_edits_and_unpublishing_hides_the_article()
    {
        var (categoryId, _) = await CategoryAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, "Bài xuất bản rồi gỡ"));
        var url = $"/admin/bai-viet/{id}";
        Assert.Null((await portal.StoredArticleAsync(id)).PublishedAt);

        using (await editor.PostFormAsync(url + "?handler=Publish", await EditorForm.OpenAsync(editor, url), url))
        {
        }
        var published = await portal.StoredArticleAsync(id);
        var form = await EditorForm.OpenAsync(editor, url);
        form["Form.Sapo"] = "Sapo sửa sau khi đăng";
        using (await editor.PostFormAsync(url + "?handler=Save", form, url))
        {
        }
        var edited = await portal.StoredArticleAsync(id);
        var publicUrl = $"/{published.Category!.Slug}/{published.Slug}-{id}";
        var visible = await portal.CreateClient().GetAsync(publicUrl);
        using (await editor.PostFormAsync(url + "?handler=Unpublish", await EditorForm.OpenAsync(editor, url), url))
        {
        }
        var hidden = await portal.CreateClient().GetAsync(publicUrl);

        Assert.NotNull(published.PublishedAt);
        Assert.Equal((ArticleStatus.Published, published.PublishedAt), (edited.Status, edited.PublishedAt));
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal((ArticleStatus.Unpublished, published.PublishedAt), ((await portal.StoredArticleAsync(id)).Status, (await portal.StoredArticleAsync(id)).PublishedAt));
    }

    [Fact]
    public async Task The_list_filters_by_status_category_author_and_unaccented_title_and_counts_each_status()
    {
        var (categoryId, _) = await CategoryAsync();
        var email = $"tacgia-{Guid.NewGuid():N}@example.vn";
        var editor = await portal.SignedInAsync(Roles.Editor, email);
        var authorId = await portal.WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.Id);
        await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, "Tuyên giáo cơ sở: bản nháp"));
        await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, "Tuyên giáo cơ sở: đã đăng"), "Publish");

        var mine = await HtmlPage.GetAsync(editor, $"/admin/bai-viet?tac-gia={authorId}");
        var drafts = await HtmlPage.GetAsync(editor, $"/admin/bai-viet?tac-gia={authorId}&trang-thai=Draft&q=tuyen+giao+co+so");
        var otherCategory = await portal.WithDatabaseAsync(db => db.Categories.Where(c => c.Id != categoryId && c.ParentId != categoryId).Select(c => c.Id).FirstAsync());
        var elsewhere = await HtmlPage.GetAsync(editor, $"/admin/bai-viet?tac-gia={authorId}&chuyen-muc={otherCategory}");

        Assert.Equal(2, mine.Document.QuerySelectorAll(".article-table tbody tr").Length);
        Assert.Equal(["Tất cả (2)", "Bản nháp (1)", "Chờ duyệt (0)", "Trả lại (0)", "Hẹn giờ đăng (0)", "Đã xuất bản (1)", "Đã gỡ (0)"], mine.Texts(".status-tabs a"));
        Assert.Equal(["Tuyên giáo cơ sở: bản nháp"], drafts.Texts(".article-table tbody td:first-child"));
        Assert.Equal("Không có bài viết nào khớp bộ lọc.", elsewhere.Text(".empty-list"));
    }
}
