using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Hardening;

/// <summary>The site on its public address, as a board runs it in Production behind HTTPS.</summary>
public sealed class PublicAddressPortal : PortalFactory
{
    public const string PublicUrl = "https://tuyengiao.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:PublicUrl", PublicUrl);
    }

    /// <summary>A browser that reaches the site at its public address over HTTPS.</summary>
    public HttpClient PublicBrowser(string host = "tuyengiao.example")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{host}"), AllowAutoRedirect = false });
        // A reader's browser names itself; requests without a User-Agent are not counted, so get no visitor cookie.
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile");
        return client;
    }
}

/// <summary>What a public site sends and refuses: headers, its own address, methods, feeds, cover addresses.</summary>
public sealed class PublicSiteTests(PublicAddressPortal portal) : IClassFixture<PublicAddressPortal>
{
    private Task<string> ArticleUrlAsync() => portal.WithDatabaseAsync(async db =>
    {
        var article = await db.Articles.Include(a => a.Category).OrderBy(a => a.Id).FirstAsync(a => a.Status == TuyenGiao.Articles.ArticleStatus.Published);
        return $"/{article.Category!.Slug}/{article.Slug}-{article.Id}";
    });

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers_cached_or_not()
    {
        var client = portal.PublicBrowser();
        var articleUrl = await ArticleUrlAsync();
        foreach (var url in new[] { "/", articleUrl, articleUrl, "/tim-kiem?q=giao", "/lien-he", "/rss", "/khong-co-trang-nay", "/admin/dang-nhap" })
        {
            using var response = await client.GetAsync(url);
            var newsroom = url.StartsWith("/admin", StringComparison.Ordinal);
            var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

            Assert.Contains("script-src 'self';", policy);
            Assert.Contains("style-src 'self';", policy);
            Assert.Contains("object-src 'none';", policy);
            Assert.EndsWith(newsroom ? "frame-ancestors 'none'" : "frame-ancestors 'self'", policy);
            Assert.Equal(newsroom ? "DENY" : "SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
            Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
            Assert.False(response.Headers.Contains("Server"), url);
        }
    }

    [Fact]
    public async Task A_signed_in_newsroom_page_refuses_to_be_framed()
    {
        var admin = await portal.SignedInAsync(Roles.Editor);
        using var response = await admin.GetAsync("/admin/bai-viet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("frame-ancestors 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Over_https_every_cookie_the_site_sets_is_secure()
    {
        var client = portal.PublicBrowser();
        var articleUrl = await ArticleUrlAsync();
        var cookies = new List<string>();
        foreach (var url in new[] { articleUrl, "/ma-kiem-tra", "/admin/dang-nhap" })
        {
            using var response = await client.GetAsync(url);
            cookies.AddRange(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : []);
        }

        Assert.Contains(cookies, c => c.StartsWith("tg_khach=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("tg-captcha=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_forged_host_header_is_refused_and_absolute_links_come_from_the_public_address()
    {
        var articleUrl = await ArticleUrlAsync();
        using var forged = await portal.PublicBrowser("evil.example").GetAsync("/rss");
        // The machine's own name is served (health checks use it), but links still name the public address.
        var local = portal.PublicBrowser("localhost");
        var article = await HtmlPage.GetAsync(local, articleUrl);
        using var rss = await local.GetAsync("/rss");
        using var sitemap = await local.GetAsync("/sitemaps/chuyen-muc.xml");
        var robots = await local.GetStringAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal($"{PublicAddressPortal.PublicUrl}{articleUrl}", article.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"{PublicAddressPortal.PublicUrl}{articleUrl}", article.Document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.All(XDocument.Parse(await rss.Content.ReadAsStringAsync()).Descendants("link").Select(l => l.Value),
            link => Assert.StartsWith(PublicAddressPortal.PublicUrl + "/", link));
        Assert.All(XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "loc").Select(l => l.Value),
            link => Assert.StartsWith(PublicAddressPortal.PublicUrl + "/", link));
        Assert.Contains($"Sitemap: {PublicAddressPortal.PublicUrl}/sitemap.xml", robots);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/rss")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/lien-he")]
    public async Task Head_answers_wherever_get_does(string url)
    {
        var client = portal.PublicBrowser();
        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        // Kestrel sends no body for HEAD whatever the handler writes; the test host does not drop it, so only the headers are compared.
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Methods_the_site_does_not_use_are_refused(string method)
    {
        using var response = await portal.PublicBrowser().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_feed_reader_shows_markup_in_a_sapo_as_text_never_as_html()
    {
        var title = $"Sapo có thẻ {Guid.NewGuid():N}";
        await portal.WithDatabaseAsync(async db =>
        {
            var category = await db.Categories.FirstAsync(c => c.Slug == "khoa-giao");
            var article = TestArticles.Published(category, title, DateTime.UtcNow.AddMinutes(-1));
            article.Sapo = "Đọc <img src=x onerror=alert(1)> & <b>đậm</b>";
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });

        using var rss = await portal.PublicBrowser().GetAsync("/rss");
        var item = XDocument.Parse(await rss.Content.ReadAsStringAsync()).Descendants("item").Single(i => i.Element("title")!.Value == title);

        // What a reader's HTML renderer receives: text whose every "<" is an entity, Vietnamese letters as they are.
        Assert.Equal("Đọc &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;", item.Element("description")!.Value);
    }

    public static TheoryData<string, bool> CoverAddresses => new()
    {
        { "javascript:alert(1)", false },
        { "data:image/svg+xml;base64,PHN2Zy8+", false },
        { "JAVASCRIPT:alert(1)", false },
        { "http://anh.example/bia.jpg", false },
        { "//evil.example/bia.jpg", false },
        { "/media/../appsettings.json", false },
        { "/media/2026/11/anh-1600.jpg", true },
        { "https://anh.example/bia.jpg", true },
    };

    [Theory]
    [MemberData(nameof(CoverAddresses))]
    public async Task A_cover_image_comes_from_the_sites_media_or_an_https_address(string address, bool accepted)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var categoryId = await portal.WithDatabaseAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var form = EditorForm.NewArticle(categoryId, $"Bài có ảnh bìa {Guid.NewGuid():N}");
        form["Form.CoverImageUrl"] = address;

        using var response = await editor.PostFormAsync("/admin/bai-viet/moi?handler=Save", form, "/admin/bai-viet/moi");

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        else
        {
            var page = await HtmlPage.FromResponseAsync(response);
            Assert.Equal("Ảnh đại diện phải là ảnh đã tải lên cổng (bắt đầu bằng /media/) hoặc một địa chỉ https://.",
                page.Text("[data-valmsg-for='Form.CoverImageUrl']"));
            Assert.Equal(address, EditorForm.ValuesOf(page)["Form.CoverImageUrl"]);
        }
    }
}
