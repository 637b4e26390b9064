using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Feedback;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Feedback;

/// <summary>The citizen's side: the forms on article pages and the contact page, through the real pipeline.</summary>
public class FeedbackFormTests(FeedbackPortal portal) : IClassFixture<FeedbackPortal>
{
    private async Task<(int Id, string Url, string Title)> PublishedArticleAsync() =>
        await portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderByDescending(a => a.PublishedAt)
                .FirstAsync(a => a.Status == ArticleStatus.Published);
            return (article.Id, $"/{article.Category!.Slug}/{article.Slug}-{article.Id}", article.Title);
        });

    private Task<FeedbackMessage?> StoredAsync(string body) =>
        portal.WithDatabaseAsync(db => db.FeedbackMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Body == body));

    private static string Marker() => $"Nội dung thử {Guid.NewGuid():N}";

    [Fact]
    public async Task Feedback_sent_from_an_article_page_is_stored_with_every_field_then_confirmed()
    {
        var (articleId, articleUrl, title) = await PublishedArticleAsync();
        var client = portal.Browser();
        var articlePage = await HtmlPage.GetAsync(client, articleUrl);
        var form = articlePage.Document.QuerySelector("#phan-hoi form.feedback-form")!;
        Assert.Equal($"/phan-hoi/{articleId}", form.GetAttribute("action"));
        Assert.Equal(["Họ tên (bắt buộc)", "Email (bắt buộc)", "Tiêu đề", ], articlePage.Texts("#phan-hoi label").Take(3));

        var body = Marker();
        using var response = await FeedbackFields.PostAsync(client, form.GetAttribute("action")!, FeedbackFields.Valid(body), await portal.SolveCaptchaAsync(client));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync(body);
        Assert.NotNull(stored);
        Assert.Equal((articleId, "Nguyễn Thị Hoa", "hoa.nguyen@example.vn", "Góp ý về lịch tiếp dân", FeedbackStatus.New),
            (stored.ArticleId, stored.Name, stored.Email, stored.Subject, stored.Status));
        Assert.True(DateTime.UtcNow - stored.ReceivedAt < TimeSpan.FromMinutes(1));
        var confirmation = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("Cảm ơn bạn đã gửi phản hồi", confirmation.Text("h1"));
        Assert.Contains(title, confirmation.Text("main"));
    }

    [Fact]
    public async Task The_contact_page_sends_a_message_that_belongs_to_no_article()
    {
        var client = portal.Browser();
        var page = await HtmlPage.GetAsync(client, "/lien-he");
        Assert.Equal("Liên hệ – Gửi ý kiến", page.Text("h1"));

        var body = Marker();
        using var response = await FeedbackFields.PostAsync(client, "/lien-he", FeedbackFields.Valid(body), await portal.SolveCaptchaAsync(client));

        Assert.Equal("/lien-he/da-gui", response.Headers.Location!.OriginalString);
        Assert.Null((await StoredAsync(body))!.ArticleId);
    }

    [Fact]
    public async Task A_message_with_characters_that_cannot_be_normalised_arrives_without_them_and_is_searchable()
    {
        var client = portal.Browser();
        var body = $"{Marker()} Câu hỏi\uFFFE về tuyên giáo\u0000 🇻🇳";

        using var response = await FeedbackFields.PostAsync(client, "/lien-he", FeedbackFields.Valid(body), await portal.SolveCaptchaAsync(client));
        var stored = await portal.WithDatabaseAsync(db => db.FeedbackMessages.OrderByDescending(m => m.Id).FirstAsync());

        Assert.Equal("/lien-he/da-gui", response.Headers.Location!.OriginalString);
        Assert.Equal(body.Replace("\uFFFE", "").Replace("\u0000", ""), stored.Body);
        Assert.Contains("cau hoi ve tuyen giao", stored.SearchText);
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "Form.Name", "", "Xin nhập họ tên." },
        { "Form.Email", "", "Xin nhập email." },
        { "Form.Email", "hoa.nguyen@", "Email chưa đúng dạng, ví dụ đúng: nguyenvana@gmail.com." },
        { "Form.Email", "hoa nguyen@example.vn", "Email chưa đúng dạng, ví dụ đúng: nguyenvana@gmail.com." },
        { "Form.Subject", new string('a', 201), "Tiêu đề dài tối đa 200 ký tự (hiện có 201)." },
        { "Form.Body", "   ", "Xin nhập nội dung." },
        { "Form.Body", new string('ơ', 4001), "Nội dung dài tối đa 4.000 ký tự (hiện có 4.001)." },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_gets_its_message_beside_it_and_everything_typed_comes_back(string field, string value, string message)
    {
        var client = portal.Browser();
        var fields = FeedbackFields.Valid(Marker());
        fields[field] = value;

        using var response = await FeedbackFields.PostAsync(client, "/lien-he", fields, await portal.SolveCaptchaAsync(client));
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var input = page.Document.QuerySelector($"[name='{field}']")!;
        Assert.Equal(message, page.Text($"#{input.GetAttribute("aria-describedby")}"));
        var shown = EditorForm.ValuesOf(page, "form.feedback-form");
        foreach (var (name, typed) in fields)
        {
            // Only a box of nothing but spaces comes back empty.
            Assert.Equal((name, typed.Trim()), (name, shown[name].Trim()));
        }
        Assert.Equal("", shown["Form.CaptchaAnswer"]);
        Assert.Null(await portal.WithDatabaseAsync(db => db.FeedbackMessages.FirstOrDefaultAsync(m => m.Body == fields["Form.Body"])));
    }

    [Fact]
    public async Task A_wrong_captcha_keeps_the_typed_text_and_asks_for_the_new_code()
    {
        var client = portal.Browser();
        var fields = FeedbackFields.Valid(Marker());
        await portal.SolveCaptchaAsync(client);

        using var response = await FeedbackFields.PostAsync(client, "/lien-he", fields, "SAIMA");
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal("Mã kiểm tra chưa đúng. Xin nhập mã mới bên dưới.", page.Text("#phan-hoi-captcha-loi"));
        Assert.Equal(fields["Form.Body"], EditorForm.ValuesOf(page, "form.feedback-form")["Form.Body"]);
        Assert.Null(await StoredAsync(fields["Form.Body"]));
    }

    [Fact]
    public async Task A_replayed_captcha_is_refused_and_nothing_is_stored_twice()
    {
        var client = portal.Browser();
        var fields = FeedbackFields.Valid(Marker());
        var answer = await portal.SolveCaptchaAsync(client);
        using var first = await FeedbackFields.PostAsync(client, "/lien-he", fields, answer);

        using var replay = await FeedbackFields.PostAsync(client, "/lien-he", fields, answer);
        var page = await HtmlPage.FromResponseAsync(replay);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("Mã kiểm tra đã hết hạn hoặc đã được dùng. Xin nhập mã mới bên dưới.", page.Text("#phan-hoi-captcha-loi"));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.FeedbackMessages.CountAsync(m => m.Body == fields["Form.Body"])));
    }

    [Fact]
    public async Task A_post_from_another_site_arrives_without_the_captcha_cookie_and_is_refused()
    {
        var reader = portal.Browser();
        var answer = await portal.SolveCaptchaAsync(reader);
        var fields = FeedbackFields.Valid(Marker());

        // The forging page knows the answer (say, by guessing) but the browser keeps the SameSite cookie to itself.
        using var forged = await FeedbackFields.PostAsync(portal.Browser(), "/lien-he", fields, answer);

        Assert.Equal("Mã kiểm tra đã hết hạn hoặc đã được dùng. Xin nhập mã mới bên dưới.",
            (await HtmlPage.FromResponseAsync(forged)).Text("#phan-hoi-captcha-loi"));
        Assert.Null(await StoredAsync(fields["Form.Body"]));
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_with_a_message_and_nothing_is_stored()
    {
        var client = portal.Browser();
        var fields = FeedbackFields.Valid(Marker());
        fields["Form.Website"] = "http://quang-cao.example";

        using var response = await FeedbackFields.PostAsync(client, "/lien-he", fields, await portal.SolveCaptchaAsync(client));
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.StartsWith("Không gửi được: ô “Để trống ô này” phải để trống.", page.Text(".form-error"));
        Assert.Null(await StoredAsync(fields["Form.Body"]));
    }

    [Fact]
    public async Task Without_javascript_a_new_image_keeps_what_was_typed()
    {
        var client = portal.Browser();
        var fields = FeedbackFields.Valid(Marker());

        using var response = await FeedbackFields.PostAsync(client, "/lien-he?handler=NewImage", fields, "ABC");
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(fields["Form.Body"], EditorForm.ValuesOf(page, "form.feedback-form")["Form.Body"]);
        Assert.Empty(page.Texts(".field-error"));
        Assert.NotNull(page.Document.QuerySelector("img.captcha-image[alt^='Mã kiểm tra']"));
    }

    [Fact]
    public async Task A_reader_who_cannot_see_the_image_answers_a_question_in_words_instead()
    {
        var (articleId, _, _) = await PublishedArticleAsync();
        var client = portal.Browser();
        var fields = FeedbackFields.Valid(Marker());

        using var switched = await FeedbackFields.PostAsync(client, $"/phan-hoi/{articleId}?handler=TextQuestion", fields, null);
        var page = await HtmlPage.FromResponseAsync(switched);
        var asked = page.Text(".captcha-question");
        var pool = await portal.WithDatabaseAsync(db => db.CaptchaQuestions.Select(q => q.Question).ToListAsync());
        Assert.Contains(asked, pool.Select(question => $"Câu hỏi kiểm tra: {question}"));
        Assert.Null(page.Document.QuerySelector("img.captcha-image"));
        Assert.Equal(fields["Form.Name"], EditorForm.ValuesOf(page, "form.feedback-form")["Form.Name"]);

        var answer = portal.Answers.AnswerFor(FeedbackPortal.ChallengeIdIn(switched));
        using var sent = await FeedbackFields.PostAsync(client, $"/phan-hoi/{articleId}", fields, answer);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(articleId, (await StoredAsync(fields["Form.Body"]))!.ArticleId);
    }

    [Fact]
    public async Task The_article_page_with_its_form_is_the_same_for_every_reader_and_sets_no_cookie()
    {
        var (_, articleUrl, _) = await PublishedArticleAsync();

        using var response = await portal.Browser().GetAsync(articleUrl);
        var html = await response.Content.ReadAsStringAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.Contains("loading=\"lazy\"", html[html.IndexOf("captcha-image", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task The_captcha_image_is_a_fresh_uncached_png_each_time()
    {
        var client = portal.Browser();

        using var first = await client.GetAsync("/ma-kiem-tra");
        using var second = await client.GetAsync("/ma-kiem-tra");

        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        Assert.True(first.Headers.CacheControl!.NoStore);
        Assert.NotEqual(FeedbackPortal.ChallengeIdIn(first), FeedbackPortal.ChallengeIdIn(second));
        Assert.NotEqual(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Feedback_on_an_article_that_is_not_published_is_not_offered()
    {
        var client = portal.Browser();

        using var response = await client.GetAsync("/phan-hoi/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
