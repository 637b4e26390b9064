using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Articles;

/// <summary>The writing desk's autosave: kept while typing, offered back to its writer only, never a save.</summary>
public class ArticleAutosaveTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> CategoryIdAsync() => portal.WithDatabaseAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient client, string page, string title, string body, string sapo = "")
    {
        var token = await client.FormTokenAsync(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, page + "?handler=Autosave")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["title"] = title, ["sapo"] = sapo, ["markdown"] = body, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement?> OfferedAsync(HttpClient client, string page)
    {
        var editor = await HtmlPage.GetAsync(client, page);
        var json = editor.Document.QuerySelector("form.article-editor")!.GetAttribute("data-server-autosave");
        return string.IsNullOrEmpty(json) ? null : JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public async Task A_new_articles_autosave_is_offered_to_its_writer_alone_and_is_gone_once_the_article_is_saved()
    {
        var writer = await portal.SignedInAsync(Roles.Contributor);
        var colleague = await portal.SignedInAsync(Roles.Editor);
        var articlesBefore = await portal.WithDatabaseAsync(db => db.Articles.CountAsync());

        using var kept = await AutosaveAsync(writer, "/admin/bai-viet/moi", "Tin nhanh từ xã Tân Lập", "Đoàn viên dự hội nghị.", "Sáng nay…");
        var offered = await OfferedAsync(writer, "/admin/bai-viet/moi");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.True(JsonDocument.Parse(await kept.Content.ReadAsStringAsync()).RootElement.GetProperty("savedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-1));
        Assert.Equal("Tin nhanh từ xã Tân Lập", offered?.GetProperty("title").GetString());
        Assert.Equal("Sáng nay…", offered?.GetProperty("sapo").GetString());
        Assert.Equal("Đoàn viên dự hội nghị.", offered?.GetProperty("body").GetString());
        Assert.Null(await OfferedAsync(colleague, "/admin/bai-viet/moi"));
        Assert.Equal(articlesBefore, await portal.WithDatabaseAsync(db => db.Articles.CountAsync()));

        await EditorForm.CreateArticleAsync(writer, EditorForm.NewArticle(await CategoryIdAsync(), "Tin nhanh từ xã Tân Lập", "Đoàn viên dự hội nghị."));

        Assert.Null(await OfferedAsync(writer, "/admin/bai-viet/moi"));
    }

    [Fact]
    public async Task Autosaving_a_published_article_changes_nothing_readers_or_its_history_see()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(await CategoryIdAsync(), "Bài đã đăng về lễ kỷ niệm", "Bản đã đăng."), "Publish");
        var page = $"/admin/bai-viet/{id}";
        var revisionsBefore = await portal.WithDatabaseAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id));

        using var kept = await AutosaveAsync(editor, page, "Bài đã đăng về lễ kỷ niệm", "Bản đang sửa dở, chưa lưu.");
        var reader = await HtmlPage.GetAsync(portal.CreateClient(), await portal.PublicUrlAsync(id));
        var offered = await OfferedAsync(editor, page);

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("Bản đã đăng.", reader.Text(".article-body"));
        Assert.Equal(revisionsBefore, await portal.WithDatabaseAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
        Assert.Equal("Bản đang sửa dở, chưa lưu.", offered?.GetProperty("body").GetString());
        Assert.Equal("Bản đã đăng.", EditorForm.ValuesOf(await HtmlPage.GetAsync(editor, page))["Form.BodyMarkdown"]);
    }

    [Fact]
    public async Task Choosing_the_opened_text_over_the_offered_autosave_forgets_it()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        using var kept = await AutosaveAsync(editor, "/admin/bai-viet/moi", "Bản bỏ đi", "Không dùng nữa.");

        using var forgotten = await editor.PostFormAsync("/admin/bai-viet/moi?handler=ForgetAutosave", new Dictionary<string, string>(), "/admin/bai-viet/moi");

        Assert.Equal(HttpStatusCode.NoContent, forgotten.StatusCode);
        Assert.Null(await OfferedAsync(editor, "/admin/bai-viet/moi"));
    }

    [Fact]
    public async Task A_contributor_cannot_autosave_into_someone_elses_article()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(await CategoryIdAsync(), "Bài của biên tập viên"));
        var token = await contributor.FormTokenAsync("/admin/bai-viet/moi");

        using var refused = await contributor.PostAsync($"/admin/bai-viet/{id}?handler=Autosave", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = "Chen vào", ["markdown"] = "Không được.", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task An_expired_sign_in_gets_401_from_the_autosave_and_a_title_too_long_to_keep_is_said_in_vietnamese()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var signedOut = portal.Browser();
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/admin/bai-viet/moi?handler=Autosave") { Content = new FormUrlEncodedContent([]) };
        anonymous.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var expired = await signedOut.SendAsync(anonymous);
        using var tooLong = await AutosaveAsync(editor, "/admin/bai-viet/moi", new string('T', 1001), "Nội dung.");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("Tiêu đề dài hơn 1000 ký tự nên chưa tự lưu được.",
            JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_save_posted_after_the_sign_in_expired_comes_back_after_signing_in_to_the_editor_not_to_an_error()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var expired = portal.Browser();

        using var posted = await expired.PostAsync("/admin/bai-viet/moi?handler=Publish", new FormUrlEncodedContent([]));
        var signIn = new Uri(new Uri("http://localhost"), posted.Headers.Location!).PathAndQuery;
        using var signedIn = await expired.PostFormAsync(signIn, new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Newsroom.Password });
        var back = await HtmlPage.GetAsync(expired, new Uri(new Uri("http://localhost"), signedIn.Headers.Location!).PathAndQuery);

        Assert.StartsWith("/admin/dang-nhap?ReturnUrl=", signIn);
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Equal("Viết bài mới", back.Text("h1"));
    }

    [Fact]
    public async Task A_photo_captioned_in_an_article_is_found_in_the_picker_by_its_caption_typed_without_tones()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var place = $"Tân Lập {tag}";
        using var uploaded = await editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), "IMG_2041.jpg", TestImages.Jpeg(300, 200), "/admin/anh");
        var url = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;

        await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(await CategoryIdAsync(), "Hội nghị ở xã",
            $"Đoạn mở đầu.\n\n![Hội trường]({url})\n\n*Quang cảnh hội nghị tại {place}. (Ảnh: Hoàng Anh)*"));
        using var response = await editor.GetAsync($"/admin/anh?handler=Picker&q=TAN+LAP+{tag}");
        var found = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("images").EnumerateArray().ToList();

        var photo = Assert.Single(found);
        Assert.Equal(url, photo.GetProperty("url").GetString());
        Assert.Equal($"Quang cảnh hội nghị tại {place}. (Ảnh: Hoàng Anh)", photo.GetProperty("caption").GetString());
    }
}
