using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Review;

/// <summary>Duyệt bài over HTTP: a contributor writes and sends, an editor returns or approves; readers see only what was approved.</summary>
public class ReviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> CategoryAsync() =>
        portal.WithDatabaseAsync(db => db.Categories.Where(c => c.ParentId == null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private static async Task<HtmlPage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string> fields) =>
        await HtmlPage.FromResponseAsync(await client.PostFormAsync($"/admin/bai-viet/{id}?handler={handler}", fields, $"/admin/bai-viet/{id}"));

    private static async Task<HttpStatusCode> PostStatusAsync(HttpClient client, string url, Dictionary<string, string> fields, string formPage)
    {
        using var response = await client.PostFormAsync(url, fields, formPage);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_contributor_cannot_publish_schedule_or_unpublish_by_any_handler_even_by_hand()
    {
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var categoryId = await CategoryAsync();
        var fields = EditorForm.NewArticle(categoryId, "Bài cộng tác viên tự đăng thử");
        var id = await EditorForm.CreateArticleAsync(contributor, fields);
        var form = await EditorForm.OpenAsync(contributor, $"/admin/bai-viet/{id}");
        var schedule = new Dictionary<string, string>(form) { ["Form.ScheduleAt"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) };
        var auditBefore = await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync());

        // The buttons are not there; the handlers refuse a hand-made request all the same.
        Assert.Empty((await HtmlPage.GetAsync(contributor, $"/admin/bai-viet/{id}")).Document.QuerySelectorAll("[formaction*='handler=Publish'], [formaction*='handler=Schedule'], [formaction*='handler=Unpublish']"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostStatusAsync(contributor, $"/admin/bai-viet/{id}?handler=Publish", form, $"/admin/bai-viet/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostStatusAsync(contributor, $"/admin/bai-viet/{id}?handler=Schedule", schedule, $"/admin/bai-viet/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostStatusAsync(contributor, $"/admin/bai-viet/{id}?handler=Unpublish", form, $"/admin/bai-viet/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostStatusAsync(contributor, "/admin/bai-viet/moi?handler=Publish", fields, "/admin/bai-viet/moi"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostStatusAsync(contributor, $"/admin/bai-viet/{id}?handler=Return", new() { ["Comment"] = "Tự trả lại" }, $"/admin/bai-viet/{id}"));
        // Featuring on the home page is not theirs to decide either.
        using (var featured = await contributor.PostFormAsync($"/admin/bai-viet/{id}?handler=Save", new Dictionary<string, string>(form) { ["Form.IsFeatured"] = "true" }, $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, featured.StatusCode);
        }

        var stored = await portal.StoredArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.False(stored.IsFeatured);
        Assert.Null(stored.PublishedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(await portal.PublicUrlAsync(id))).StatusCode);
        Assert.Equal(auditBefore + 1, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_contributor_sees_and_opens_only_their_own_articles()
    {
        var categoryId = await CategoryAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);
        var editorsArticle = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, "Bài riêng của biên tập viên"));
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var own = await EditorForm.CreateArticleAsync(contributor, EditorForm.NewArticle(categoryId, "Bài riêng của cộng tác viên"));

        var list = await HtmlPage.GetAsync(contributor, "/admin/bai-viet");

        Assert.Contains("Bài riêng của cộng tác viên", list.Html);
        Assert.DoesNotContain("Bài riêng của biên tập viên", list.Html);
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(contributor, $"/admin/bai-viet/{editorsArticle}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(contributor, $"/admin/bai-viet/{editorsArticle}/lich-su")).Status);
        var editorsForm = await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{editorsArticle}");
        Assert.Equal(HttpStatusCode.Forbidden, await PostStatusAsync(contributor, $"/admin/bai-viet/{editorsArticle}?handler=Save",
            new Dictionary<string, string>(editorsForm) { ["Form.Title"] = "Sửa trộm" }, $"/admin/bai-viet/{own}"));
        Assert.Equal("Bài riêng của biên tập viên", (await portal.StoredArticleAsync(editorsArticle)).Title);
    }

    [Fact]
    public async Task Sent_returned_with_a_comment_fixed_and_approved_each_step_is_in_the_thread_history_and_audit()
    {
        var categoryId = await CategoryAsync();
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(contributor, EditorForm.NewArticle(categoryId, "Hội thi tuyên truyền viên giỏi cấp xã"), "Submit");

        var waiting = await HtmlPage.GetAsync(editor, "/admin/duyet-bai");
        Assert.Equal(ArticleStatus.Pending, (await portal.StoredArticleAsync(id)).Status);
        Assert.Contains("Hội thi tuyên truyền viên giỏi cấp xã", waiting.Text("#cho-duyet + ul"));
        Assert.Matches(@"Duyệt bài \(\d+ chờ duyệt\)", waiting.Text("nav.menu"));
        // Waiting, the article is read-only for its writer.
        var whileWaiting = await PostAsync(contributor, id, "Save", await EditorForm.OpenAsync(contributor, $"/admin/bai-viet/{id}"));
        Assert.Equal(ArticleEditing.WaitingMessage, whileWaiting.Text(".error-summary li"));

        // A return needs a comment; the form keeps nothing lost and the article stays waiting.
        var noComment = await PostAsync(editor, id, "Return", new() { ["Comment"] = "  " });
        Assert.Equal("Vui lòng ghi ý kiến (ví dụ: cần sửa gì trước khi duyệt).", noComment.Text("[data-valmsg-for='Comment']"));
        Assert.Equal("Hội thi tuyên truyền viên giỏi cấp xã", EditorForm.ValuesOf(noComment)["Form.Title"]);
        using (var returned = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Return",
            new Dictionary<string, string> { ["Comment"] = "Xin ghi rõ thời gian, địa điểm hội thi\nvà nguồn ảnh." }, $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var contributorsPage = await HtmlPage.GetAsync(contributor, $"/admin/bai-viet/{id}");
        Assert.Equal(ArticleStatus.Returned, (await portal.StoredArticleAsync(id)).Status);
        Assert.Contains("Xin ghi rõ thời gian, địa điểm hội thi\nvà nguồn ảnh.", contributorsPage.Document.QuerySelector(".thread-returned .thread-text")!.TextContent);
        Assert.StartsWith("editor-", contributorsPage.Text(".thread-returned .thread-meta"));
        // The editor's words are also the first thing above the form.
        Assert.Contains("địa điểm hội thi", contributorsPage.Text(".returned-notice .thread-text"));
        Assert.Matches(@"\(1 bị trả lại\)", contributorsPage.Text("nav.menu"));

        var fixedForm = new Dictionary<string, string>(EditorForm.ValuesOf(contributorsPage)) { ["Form.BodyMarkdown"] = "Hội thi diễn ra sáng 2/12 tại hội trường xã. Ảnh: Minh Châu." };
        using (var resent = await contributor.PostFormAsync($"/admin/bai-viet/{id}?handler=Submit", fixedForm, $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }
        using (var approved = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Publish", await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}"), $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var article = await HtmlPage.GetAsync(portal.CreateClient(), await portal.PublicUrlAsync(id));
        var history = await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{id}/lich-su");
        var thread = (await HtmlPage.GetAsync(contributor, $"/admin/bai-viet/{id}")).Texts(".thread-meta");
        var audit = await portal.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.RecordId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Contains("Hội thi diễn ra sáng 2/12", article.Text(".article-body"));
        Assert.Equal(["Gửi duyệt", "Trả lại", "Gửi duyệt", "Duyệt"], thread.Select(line => line.Split(" · ")[1]));
        Assert.Contains("Bản nháp → Chờ duyệt", history.Html);
        Assert.Contains("Chờ duyệt → Trả lại: Xin ghi rõ", history.Html);
        Assert.Contains("Trả lại → Chờ duyệt", history.Html);
        Assert.Contains("Chờ duyệt → Đã xuất bản", history.Html);
        Assert.Equal(["Tạo và gửi duyệt bài viết", "Trả lại bài viết", "Gửi duyệt bài viết", "Xuất bản bài viết"], audit);
        Assert.Empty((await HtmlPage.GetAsync(editor, "/admin/duyet-bai")).Document.QuerySelectorAll($"#cho-duyet + ul a[href='/admin/bai-viet/{id}']"));
    }

    [Fact]
    public async Task A_contributors_change_to_a_published_article_waits_beside_it_and_readers_see_the_approved_text_until_approval()
    {
        var categoryId = await CategoryAsync();
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(contributor, EditorForm.NewArticle(categoryId, "Tọa đàm về xây dựng Đảng ở cơ sở", "Bản đã duyệt."), "Submit");
        using (var published = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Publish", await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}"), $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var change = new Dictionary<string, string>(await EditorForm.OpenAsync(contributor, $"/admin/bai-viet/{id}"))
        {
            ["Form.Title"] = "Tọa đàm về xây dựng Đảng ở cơ sở (cập nhật)", ["Form.BodyMarkdown"] = "Bản chưa duyệt: có một câu sai.",
        };
        using (var sent = await contributor.PostFormAsync($"/admin/bai-viet/{id}?handler=Submit", change, $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        // Readers (asking for the first time, so no cached copy is involved) see the approved words only.
        var reader = await HtmlPage.GetAsync(portal.CreateClient(), await portal.PublicUrlAsync(id));
        var stored = await portal.StoredArticleAsync(id);
        var editorsForm = await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{id}");
        Assert.Equal("Tọa đàm về xây dựng Đảng ở cơ sở", reader.Text("h1.article-title"));
        Assert.Contains("Bản đã duyệt.", reader.Text(".article-body"));
        Assert.DoesNotContain("chưa duyệt", reader.Html);
        Assert.Equal(ArticleStatus.Published, stored.Status);
        Assert.Equal("Bản đã duyệt.", stored.BodyMarkdown);
        Assert.Contains("đang chờ duyệt", editorsForm.Text(".pending-edit"));
        Assert.Equal("Bản chưa duyệt: có một câu sai.", EditorForm.ValuesOf(editorsForm)["Form.BodyMarkdown"]);
        Assert.Contains("thay đổi của bài đã đăng", (await HtmlPage.GetAsync(editor, "/admin/duyet-bai")).Text("#cho-duyet + ul"));

        // Returned, it still is not shown; fixed and approved by the editor's save, it is.
        using (await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Return", new Dictionary<string, string> { ["Comment"] = "Câu thứ hai chưa đúng." }, $"/admin/bai-viet/{id}"))
        {
        }
        Assert.Equal("Bản đã duyệt.", (await portal.StoredArticleAsync(id)).BodyMarkdown);
        Assert.Contains("đã bị trả lại", (await HtmlPage.GetAsync(contributor, $"/admin/bai-viet/{id}")).Text(".pending-edit"));
        var fixedChange = new Dictionary<string, string>(await EditorForm.OpenAsync(contributor, $"/admin/bai-viet/{id}")) { ["Form.BodyMarkdown"] = "Bản đã sửa theo ý kiến." };
        using (await contributor.PostFormAsync($"/admin/bai-viet/{id}?handler=Submit", fixedChange, $"/admin/bai-viet/{id}"))
        {
        }
        using (var approved = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Save", await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}"), $"/admin/bai-viet/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var after = await HtmlPage.GetAsync(portal.CreateClient(), await portal.PublicUrlAsync(id));
        Assert.Equal("Tọa đàm về xây dựng Đảng ở cơ sở (cập nhật)", after.Text("h1.article-title"));
        Assert.Contains("Bản đã sửa theo ý kiến.", after.Text(".article-body"));
        Assert.Null(await portal.WithDatabaseAsync(db => db.ArticlePendingEdits.FirstOrDefaultAsync(p => p.ArticleId == id)));
        Assert.Contains("Duyệt thay đổi của", (await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{id}/lich-su")).Html);
    }

    [Fact]
    public async Task A_stale_reviewers_form_cannot_approve_an_older_text_over_a_newer_change()
    {
        var categoryId = await CategoryAsync();
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(contributor, EditorForm.NewArticle(categoryId, "Bài có hai lần gửi thay đổi"), "Submit");
        using (await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Publish", await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}"), $"/admin/bai-viet/{id}"))
        {
        }
        using (await contributor.PostFormAsync($"/admin/bai-viet/{id}?handler=Submit",
            new Dictionary<string, string>(await EditorForm.OpenAsync(contributor, $"/admin/bai-viet/{id}")) { ["Form.BodyMarkdown"] = "Thay đổi thứ nhất." }, $"/admin/bai-viet/{id}"))
        {
        }
        var staleForm = await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}");
        using (await contributor.PostFormAsync($"/admin/bai-viet/{id}?handler=Submit",
            new Dictionary<string, string>(await EditorForm.OpenAsync(contributor, $"/admin/bai-viet/{id}")) { ["Form.BodyMarkdown"] = "Thay đổi thứ hai." }, $"/admin/bai-viet/{id}"))
        {
        }

        var refused = await PostAsync(editor, id, "Save", staleForm);

        Assert.Contains("sau khi bạn mở nó", refused.Text(".error-summary"));
        Assert.Equal("Nội dung bài viết mới.", (await portal.StoredArticleAsync(id)).BodyMarkdown);
        Assert.Equal("Thay đổi thứ hai.", (await portal.WithDatabaseAsync(db => db.ArticlePendingEdits.FirstAsync(p => p.ArticleId == id))).ReadContent().BodyMarkdown);
    }

    [Fact]
    public async Task The_editorial_calendar_shows_scheduled_and_published_articles_on_their_day()
    {
        var categoryId = await CategoryAsync();
        var editor = await portal.SignedInAsync(Roles.Editor);
        // Two days ahead at 09:30, Vietnam time, as the editor types it.
        var local = TuyenGiao.Time.VietnamTime.ToLocal(DateTime.UtcNow).Date.AddDays(2).AddHours(9).AddMinutes(30);
        var fields = new Dictionary<string, string>(EditorForm.NewArticle(categoryId, "Bài hẹn giờ trên lịch biên tập"))
        {
            ["Form.ScheduleAt"] = local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
        await EditorForm.CreateArticleAsync(editor, fields, "Schedule");

        var calendar = await HtmlPage.GetAsync(editor, $"/admin/lich-bien-tap?thang={local:yyyy-MM}");
        var day = calendar.Document.QuerySelectorAll(".calendar-day").First(d => d.QuerySelector(".calendar-date")!.TextContent.EndsWith($"{local.Day}/{local.Month}/{local.Year}", StringComparison.Ordinal));

        Assert.Contains("Bài hẹn giờ trên lịch biên tập", day.TextContent);
        Assert.Contains("09:30", day.QuerySelector(".calendar-item.scheduled")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(editor, "/admin/lich-bien-tap?thang=khong-phai-thang")).Status);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(editor, "/admin/lich-bien-tap?thang=9999-12")).Status);
    }
}
