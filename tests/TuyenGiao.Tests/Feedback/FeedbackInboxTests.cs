using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Feedback;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Feedback;

/// <summary>The newsroom's inbox: finding a citizen's message, sorting it, answering it, and publishing the answer.</summary>
public class FeedbackInboxTests(FeedbackPortal portal) : IClassFixture<FeedbackPortal>
{
    private async Task<(int Id, string Url)> PublishedArticleAsync() =>
        await portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderBy(a => a.Id).FirstAsync(a => a.Status == ArticleStatus.Published);
            return (article.Id, $"/{article.Category!.Slug}/{article.Slug}-{article.Id}");
        });

    /// <summary>Sends a message as a citizen does, through the form, and returns its id in the inbox.</summary>
    private async Task<int> SendAsync(string body, int? articleId = null, string name = "Trần Văn Bình")
    {
        var citizen = portal.Browser();
        var fields = FeedbackFields.Valid(body);
        fields["Form.Name"] = name;
        using var response = await FeedbackFields.PostAsync(citizen, articleId is { } id ? $"/phan-hoi/{id}" : "/lien-he", fields, await portal.SolveCaptchaAsync(citizen));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.WithDatabaseAsync(db => db.FeedbackMessages.Where(m => m.Body == body).Select(m => m.Id).SingleAsync());
    }

    private Task<FeedbackMessage> StoredAsync(int id) =>
        portal.WithDatabaseAsync(db => db.FeedbackMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/admin/phan-hoi/{id}?handler={handler}", fields, formPage: $"/admin/phan-hoi/{id}");

    [Fact]
    public async Task A_citizens_question_on_an_article_is_found_by_an_editor_answered_and_published_under_the_article()
    {
        var (articleId, articleUrl) = await PublishedArticleAsync();
        var question = $"Xin hỏi khi nào xã tổ chức đối thoại với thanh niên? {Guid.NewGuid():N}";
        var id = await SendAsync(question, articleId, name: "Lê Thị Mai");

        var editor = await portal.SignedInAsync(Roles.Editor);
        var home = await HtmlPage.GetAsync(editor, "/admin");
        Assert.Matches("^Phản hồi \\(\\d+ mới\\)$", home.Texts("nav.menu a").Single(t => t.StartsWith("Phản hồi", StringComparison.Ordinal)));
        var inbox = await HtmlPage.GetAsync(editor, "/admin/phan-hoi");
        Assert.Equal("Mới", inbox.Text(".status-tabs a[aria-current] ").Split(' ')[0]);
        var newest = inbox.Document.QuerySelector(".feedback-table tbody tr")!;
        Assert.Equal($"/admin/phan-hoi/{id}", newest.QuerySelector("a")!.GetAttribute("href"));
        var articleTitle = await portal.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.Title).SingleAsync());
        Assert.Contains(articleTitle, newest.TextContent);

        var message = await HtmlPage.GetAsync(editor, $"/admin/phan-hoi/{id}");
        Assert.Contains(question, message.Text(".message-body"));
        using var reply = await PostAsync(editor, id, "Reply", new() { ["Reply"] = "Chào bạn Mai, buổi đối thoại diễn ra sáng Chủ nhật tới tại nhà văn hóa xã.", ["PublishReply"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var stored = await StoredAsync(id);
        Assert.Equal((FeedbackStatus.Answered, true), (stored.Status, stored.ReplyPublished));
        var article = await HtmlPage.GetAsync(portal.Browser(), articleUrl);
        var answered = article.Document.QuerySelectorAll(".questions .question").Single(q => q.TextContent.Contains(question, StringComparison.Ordinal));
        Assert.Contains("Lê Thị Mai hỏi", answered.TextContent);
        Assert.Contains("Chào bạn Mai, buổi đối thoại diễn ra sáng Chủ nhật tới tại nhà văn hóa xã.", answered.QuerySelector(".answer")!.TextContent);
        Assert.DoesNotContain("hoa.nguyen@example.vn", article.Html);
        Assert.Contains(await portal.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.RecordType == AuditRecordTypes.Feedback).Select(e => e.Action).ToListAsync()),
            action => action == "Trả lời phản hồi và đăng vào Hỏi – Đáp");
    }

    [Fact]
    public async Task A_reply_the_editor_does_not_publish_stays_off_the_article_page_and_so_does_the_internal_note()
    {
        var (articleId, articleUrl) = await PublishedArticleAsync();
        var question = $"Câu hỏi riêng {Guid.NewGuid():N}";
        var id = await SendAsync(question, articleId);
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var note = await PostAsync(editor, id, "Note", new() { ["Note"] = "Chuyển Ban Dân vận xem xét." });
        using var reply = await PostAsync(editor, id, "Reply", new() { ["Reply"] = "Đã chuyển câu hỏi tới cơ quan chức năng." });

        var message = await HtmlPage.GetAsync(editor, $"/admin/phan-hoi/{id}");
        Assert.Equal("Chuyển Ban Dân vận xem xét.", message.Text("#note"));
        Assert.Equal(FeedbackStatus.Answered, (await StoredAsync(id)).Status);
        var article = await HtmlPage.GetAsync(portal.Browser(), articleUrl);
        Assert.DoesNotContain(question, article.Html);
        Assert.DoesNotContain("Chuyển Ban Dân vận xem xét.", article.Html);
    }

    [Fact]
    public async Task An_empty_reply_is_refused_with_a_message()
    {
        var id = await SendAsync($"Thư cần trả lời {Guid.NewGuid():N}");
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var response = await PostAsync(editor, id, "Reply", new() { ["Reply"] = "  " });
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal("Xin nhập nội dung trả lời.", page.Text("[data-valmsg-for=Reply]"));
        Assert.Equal(FeedbackStatus.New, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task Read_and_spam_are_tabs_of_their_own_and_spam_stays_out_of_the_full_list()
    {
        var marker = Guid.NewGuid().ToString("N");
        var read = await SendAsync($"Thư thật {marker}");
        var spam = await SendAsync($"Quảng cáo {marker}");
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var r1 = await PostAsync(editor, read, "Status", new() { ["status"] = nameof(FeedbackStatus.Read) });
        using var r2 = await PostAsync(editor, spam, "Status", new() { ["status"] = nameof(FeedbackStatus.Spam) });

        async Task<IReadOnlyList<string>> ListedAsync(string tab) =>
            (await HtmlPage.GetAsync(editor, $"/admin/phan-hoi?trang-thai={tab}&q={marker}")).Document
                .QuerySelectorAll(".feedback-table tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Empty(await ListedAsync("New"));
        Assert.Equal([$"/admin/phan-hoi/{read}"], await ListedAsync("Read"));
        Assert.Equal([$"/admin/phan-hoi/{spam}"], await ListedAsync("Spam"));
        Assert.Equal([$"/admin/phan-hoi/{read}"], await ListedAsync("tat-ca"));

        using var rescue = await PostAsync(editor, spam, "Status", new() { ["status"] = nameof(FeedbackStatus.Read) });
        Assert.Equal(FeedbackStatus.Read, (await StoredAsync(spam)).Status);
    }

    [Fact]
    public async Task Marking_an_answered_question_as_spam_takes_it_off_the_article()
    {
        var (articleId, articleUrl) = await PublishedArticleAsync();
        var question = $"Câu hỏi rồi hóa ra quảng cáo {Guid.NewGuid():N}";
        var id = await SendAsync(question, articleId);
        var editor = await portal.SignedInAsync(Roles.Editor);
        using var reply = await PostAsync(editor, id, "Reply", new() { ["Reply"] = "Trả lời.", ["PublishReply"] = "true" });
        Assert.Contains(question, (await HtmlPage.GetAsync(portal.Browser(), articleUrl)).Html);

        using var spam = await PostAsync(editor, id, "Status", new() { ["status"] = nameof(FeedbackStatus.Spam) });

        Assert.DoesNotContain(question, (await HtmlPage.GetAsync(portal.Browser(), articleUrl)).Html);
    }

    [Fact]
    public async Task The_inbox_is_searched_without_diacritics()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await SendAsync($"Đề nghị kiểm tra chất lượng nước sạch ở thôn Đông {marker}");
        await SendAsync($"Một thư khác {marker}");
        var editor = await portal.SignedInAsync(Roles.Editor);

        var found = await HtmlPage.GetAsync(editor, $"/admin/phan-hoi?trang-thai=tat-ca&q=nuoc+sach+o+thon+dong+{marker}");

        Assert.Equal([$"/admin/phan-hoi/{id}"], found.Document.QuerySelectorAll(".feedback-table tbody a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Only_an_admin_deletes_and_only_after_confirming_and_the_deletion_is_audited()
    {
        var id = await SendAsync($"Thư sẽ bị xóa {Guid.NewGuid():N}", name: "Người Gửi Xóa");
        var editor = await portal.SignedInAsync(Roles.Editor);
        Assert.DoesNotContain("/xoa", (await HtmlPage.GetAsync(editor, $"/admin/phan-hoi/{id}")).Html);
        var admin = await portal.SignedInAsync(Roles.Admin);
        Assert.Contains($"/admin/phan-hoi/{id}/xoa", (await HtmlPage.GetAsync(admin, $"/admin/phan-hoi/{id}")).Html);

        using var unconfirmed = await admin.PostFormAsync($"/admin/phan-hoi/{id}/xoa", new Dictionary<string, string>());
        Assert.Equal("Hãy đánh dấu ô xác nhận trước khi xóa.", (await HtmlPage.FromResponseAsync(unconfirmed)).Text(".field-error"));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.FeedbackMessages.CountAsync(m => m.Id == id)));

        using var confirmed = await admin.PostFormAsync($"/admin/phan-hoi/{id}/xoa", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.FeedbackMessages.CountAsync(m => m.Id == id)));
        var audit = await portal.WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.RecordType == AuditRecordTypes.Feedback && e.RecordId == id.ToString()));
        Assert.Equal("Xóa hẳn phản hồi", audit.Action);
        Assert.StartsWith("Người Gửi Xóa <hoa.nguyen@example.vn>", audit.RecordName);
    }
}
