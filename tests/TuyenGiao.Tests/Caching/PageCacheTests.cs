using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Counters;
using TuyenGiao.Feedback;
using TuyenGiao.Tests.Support;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Tests.Caching;

/// <summary>The app keeping public pages for one second only, so a test can wait for a cached copy to end.</summary>
public sealed class ShortLivedPagesPortal : PortalFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:PageSeconds", "1");
    }
}

/// <summary>Anonymous readers get pages from the output cache; a change readers would see evicts them at once.</summary>
public class PageCacheTests(PortalFactory portal, ShortLivedPagesPortal shortLived) : IClassFixture<PortalFactory>, IClassFixture<ShortLivedPagesPortal>
{
    private HttpClient Reader() => portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<(int Id, string Url, string Title)> NewArticleAsync(string title)
    {
        var (id, url) = await portal.PublishArticleAsync(title, TimeSpan.FromMinutes(5));
        return (id, url, title);
    }

    // Changes the stored title behind the change tracker's back, as no part of the app does: what a
    // reader sees next tells whether the page came from the cache.
    private Task RetitleQuietlyAsync(int id, string title) =>
        portal.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, title)));

    private static async Task<(HttpResponseMessage Response, HtmlPage Page)> GetAsync(HttpClient client, string url, string? userAgent = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (userAgent is not null)
        {
            request.Headers.UserAgent.ParseAdd(userAgent);
        }
        var response = await client.SendAsync(request);
        var page = await HtmlPage.FromResponseAsync(response);
        return (response, page);
    }

    [Fact]
    public async Task A_second_reader_gets_the_cached_page_and_an_editors_change_reaches_readers_at_once()
    {
        var (id, url, title) = await NewArticleAsync("Bài kiểm tra bộ nhớ đệm trang");
        var first = await GetAsync(Reader(), url);
        await RetitleQuietlyAsync(id, "Tiêu đề đổi ngầm trong cơ sở dữ liệu");
        var second = await GetAsync(Reader(), url);

        var editor = await portal.SignedInAsync(Roles.Editor);
        var form = await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}");
        form["Form.Title"] = title;
        form["Form.Sapo"] = "Tóm tắt do biên tập viên viết lại.";
        using var saved = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Publish", form, $"/admin/bai-viet/{id}");
        var afterEdit = await GetAsync(Reader(), url);

        Assert.Equal(title, first.Page.Text("h1.article-title"));
        Assert.Equal(title, second.Page.Text("h1.article-title"));
        Assert.NotNull(second.Response.Headers.Age);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterEdit.Response.StatusCode);
        Assert.Equal(title, afterEdit.Page.Text("h1.article-title"));
        Assert.Equal("Tóm tắt do biên tập viên viết lại.", afterEdit.Page.Text(".sapo"));
        Assert.Null(afterEdit.Response.Headers.Age);
    }

    [Fact]
    public async Task Readers_arriving_with_a_social_networks_click_id_get_the_cached_page()
    {
        var (id, url, title) = await NewArticleAsync("Bài được chia sẻ trên Zalo và Facebook");
        (await GetAsync(Reader(), url)).Response.Dispose();
        await RetitleQuietlyAsync(id, "Tiêu đề đổi ngầm, chỉ bản mới dựng mới thấy");

        var fromFacebook = await GetAsync(Reader(), $"{url}?fbclid=IwAR{Guid.NewGuid():N}");
        var fromZalo = await GetAsync(Reader(), $"{url}?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign={Guid.NewGuid():N}");

        Assert.Equal(title, fromFacebook.Page.Text("h1.article-title"));
        Assert.Equal(title, fromZalo.Page.Text("h1.article-title"));
        Assert.NotNull(fromFacebook.Response.Headers.Age);
        Assert.NotNull(fromZalo.Response.Headers.Age);
    }

    [Fact]
    public async Task Query_keys_a_page_reads_still_tell_cached_pages_apart()
    {
        var first = await GetAsync(Reader(), "/tim-kiem?q=nghi+quyet");
        var other = await GetAsync(Reader(), "/tim-kiem?q=tuyen+giao");
        var secondPage = await GetAsync(Reader(), "/tim-kiem?q=tuyen+giao&trang=2");

        Assert.Contains("“nghi quyet”", first.Page.Text(".result-count"));
        Assert.Contains("“tuyen giao”", other.Page.Text(".result-count"));
        // Page 2 is another page (or none, a 404), never page 1 from the cache.
        Assert.NotEqual(other.Page.Html, secondPage.Page.Html);
    }

    /// <summary>
    /// Every query key a cached page binds is one the cache varies by; otherwise readers asking with
    /// different values would be handed one another's pages.
    /// </summary>
    [Fact]
    public void Every_query_key_a_cached_page_reads_is_one_the_cache_tells_pages_apart_by()
    {
        var cachedPages = typeof(PublicPagePolicy).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute), inherit: false).Length > 0)
            .ToList();
        var read = cachedPages.SelectMany(page =>
            page.GetProperties()
                .Select(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), false).OfType<Microsoft.AspNetCore.Mvc.BindPropertyAttribute>().FirstOrDefault())
                .Where(b => b is { SupportsGet: true })
                .Select(b => b!.Name!)
                .Concat(page.GetProperties()
                    .Select(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.FromQueryAttribute), false).OfType<Microsoft.AspNetCore.Mvc.FromQueryAttribute>().FirstOrDefault()?.Name)
                    .OfType<string>())
                .Concat(page.GetMethods().SelectMany(m => m.GetParameters())
                    .Select(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.FromQueryAttribute), false).OfType<Microsoft.AspNetCore.Mvc.FromQueryAttribute>().FirstOrDefault()?.Name)
                    .OfType<string>()))
            .Distinct()
            .ToList();

        Assert.Equal(26, cachedPages.Count);
        Assert.NotEmpty(read);
        Assert.Empty(read.Except(PublicPagePolicy.QueryKeysPagesRead));
    }

    [Fact]
    public async Task A_signed_in_editor_always_sees_the_page_fresh()
    {
        var (id, url, title) = await NewArticleAsync("Bài biên tập viên xem lại");
        await GetAsync(Reader(), url);
        await RetitleQuietlyAsync(id, "Tiêu đề mới nhất");
        var editor = await portal.SignedInAsync(Roles.Editor);

        var reader = await GetAsync(Reader(), url);
        var editorView = await GetAsync(editor, url);

        Assert.Equal(title, reader.Page.Text("h1.article-title"));
        Assert.Equal("Tiêu đề mới nhất", editorView.Page.Text("h1.article-title"));
        Assert.Null(editorView.Response.Headers.Age);
    }

    [Fact]
    public async Task A_category_moved_to_the_end_of_the_menu_and_a_new_site_name_reach_cached_pages_at_once()
    {
        await GetAsync(Reader(), "/");
        var admin = await portal.SignedInAsync(Roles.Admin);
        var settings = await EditorForm.OpenAsync(admin, "/admin/cai-dat", "form.admin-form");
        settings["Form.SiteName"] = "Cổng thông tin Ban Tuyên giáo thử nghiệm";
        using var savedSettings = await admin.PostFormAsync("/admin/cai-dat", settings);
        var first = await portal.WithDatabaseAsync(db => db.Categories.Where(c => c.ParentId == null && c.ShowInMenu)
            .OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name }).FirstAsync());
        var category = await EditorForm.OpenAsync(admin, $"/admin/chuyen-muc/{first.Id}", "form.admin-form");
        category["Form.DisplayOrder"] = "10000";
        using var savedCategory = await admin.PostFormAsync($"/admin/chuyen-muc/{first.Id}", category);

        var home = await GetAsync(Reader(), "/");

        Assert.Equal(HttpStatusCode.Redirect, savedSettings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, savedCategory.StatusCode);
        Assert.Contains("Cổng thông tin Ban Tuyên giáo thử nghiệm", home.Page.Document.Title);
        // After the categories come the menu's fixed sections.
        Assert.Equal([first.Name, "Thư viện ảnh", "Phim tư liệu", "Văn bản", "Chuyên đề"], home.Page.Texts("nav.menu > ul > li > a").TakeLast(5));
    }

    [Fact]
    public async Task An_answer_published_under_an_article_reaches_the_cached_page_but_a_new_question_does_not_evict_it()
    {
        var (id, url, _) = await NewArticleAsync("Bài có câu hỏi của bạn đọc");
        await GetAsync(Reader(), url);
        var messageId = await portal.WithDatabaseAsync(async db =>
        {
            var message = new FeedbackMessage
            {
                ArticleId = id, Name = "Trần Văn Bình", Email = "binh@example.vn", Subject = "Hỏi về lịch học",
                Body = "Lớp bồi dưỡng lý luận chính trị khai giảng khi nào?", ReceivedAt = DateTime.UtcNow,
            };
            db.FeedbackMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
        var afterQuestion = await GetAsync(Reader(), url);
        await portal.WithDatabaseAsync(async db =>
        {
            var message = await db.FeedbackMessages.SingleAsync(m => m.Id == messageId);
            message.Reply = "Lớp khai giảng ngày 5/12 tại Trường Chính trị tỉnh.";
            message.ReplyPublished = true;
            message.RepliedAt = DateTime.UtcNow;
            message.RepliedByName = "Ban biên tập";
            message.Status = FeedbackStatus.Answered;
            await db.SaveChangesAsync();
        });
        var afterAnswer = await GetAsync(Reader(), url);

        Assert.NotNull(afterQuestion.Response.Headers.Age);
        Assert.Contains("Lớp khai giảng ngày 5/12 tại Trường Chính trị tỉnh.", afterAnswer.Page.Text(".questions"));
    }

    [Fact]
    public async Task Each_reader_gets_a_visitor_cookie_of_their_own_and_views_from_the_cache_are_counted()
    {
        var (id, url, _) = await NewArticleAsync("Bài được đọc từ bộ nhớ đệm");
        var readers = Enumerable.Range(1, 20).Select(n => $"Mozilla/5.0 (Linux; Android 13; Máy thử {n}) Mobile Safari/537.36").ToList();

        var responses = new List<HttpResponseMessage>();
        foreach (var userAgent in readers)
        {
            responses.Add((await GetAsync(Reader(), url, userAgent)).Response);
        }
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();

        var cookies = responses.Select(r => r.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(VisitorIds.CookieName + "=", StringComparison.Ordinal))).ToList();
        Assert.Equal(readers.Count, cookies.Distinct().Count());
        Assert.All(responses.Skip(1), r => Assert.NotNull(r.Headers.Age));
        Assert.Equal(readers.Count, await portal.StoredViewsAsync(id));
    }

    [Fact]
    public async Task A_returning_reader_gets_304_while_the_page_is_unchanged_and_the_new_page_once_it_changes()
    {
        var (id, url, _) = await NewArticleAsync("Bài bạn đọc mở lại");
        var first = (await GetAsync(Reader(), url)).Response;
        var etag = first.Headers.ETag;

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag!);
        using var revalidated = await Reader().SendAsync(again);
        await portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Sapo = "Tóm tắt đã được sửa.";
            await db.SaveChangesAsync();
        });
        var afterChange = new HttpRequestMessage(HttpMethod.Get, url);
        afterChange.Headers.IfNoneMatch.Add(etag!);
        using var changed = await Reader().SendAsync(afterChange);

        Assert.NotNull(etag);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Tóm tắt đã được sửa.", await changed.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_go_out_compressed_for_browsers_that_accept_it_and_plain_for_those_that_do_not(string encoding)
    {
        var (_, url, _) = await NewArticleAsync($"Bài nén bằng {encoding}");
        async Task<HttpResponseMessage> FetchAsync(string? acceptEncoding)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (acceptEncoding is not null)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
            }
            return await Reader().SendAsync(request);
        }

        using var plain = await FetchAsync(null);
        using var compressed = await FetchAsync(encoding);
        using var compressedAgain = await FetchAsync(encoding);
        using var plainAgain = await FetchAsync(null);

        var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;
        var compressedLength = (await compressed.Content.ReadAsByteArrayAsync()).Length;
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Equal(encoding, Assert.Single(compressedAgain.Content.Headers.ContentEncoding));
        Assert.NotNull(compressedAgain.Headers.Age);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        Assert.True(compressedLength * 2 < plainLength, $"{encoding}: {compressedLength} bytes of {plainLength}");
    }

    [Fact]
    public async Task A_cached_page_shows_new_views_once_its_lifetime_ends()
    {
        var (_, url) = await shortLived.PublishArticleAsync("Bài có lượt xem đến sau", TimeSpan.FromMinutes(5));
        var client = shortLived.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var firstReader = await GetAsync(client, url, "Mozilla/5.0 (Linux; Android 12; Người đọc thứ nhất)");
        var secondReader = await GetAsync(client, url, "Mozilla/5.0 (Linux; Android 12; Người đọc thứ hai)");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var afterLifetime = await GetAsync(client, url, "Mozilla/5.0 (Linux; Android 12; Người đọc thứ ba)");

        Assert.Equal("Lượt xem: 0", firstReader.Page.Text(".article .views"));
        Assert.Equal("Lượt xem: 0", secondReader.Page.Text(".article .views"));
        Assert.Equal("Lượt xem: 2", afterLifetime.Page.Text(".article .views"));
    }
}
