using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Feeds;

/// <summary>Demo content plus a draft and a future article in a menu category, and small sitemap files.</summary>
public sealed class FeedFixture : PortalFactory, IAsyncLifetime
{
    public const int UrlsPerSitemap = 15;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sitemap:UrlsPerFile", UrlsPerSitemap.ToString(CultureInfo.InvariantCulture));
    }

    public async Task InitializeAsync()
    {
        await WithDatabaseAsync(async db =>
        {
            var news = await db.Categories.SingleAsync(c => c.Slug == "thoi-su-trong-tinh");
            var draft = TestArticles.Published(news, "Bản nháp không được lên RSS", DateTime.UtcNow.AddMinutes(-5));
            draft.Status = ArticleStatus.Draft;
            db.Articles.AddRange(draft, TestArticles.Published(news, "Bài hẹn giờ không được lên RSS", DateTime.UtcNow.AddDays(2)));
            await db.SaveChangesAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class FeedTests(FeedFixture portal) : IClassFixture<FeedFixture>
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<XDocument> GetXmlAsync(string url, string expectedType)
    {
        using var response = await portal.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'<', bytes[0]);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private Task<List<string>> VisibleTitlesAsync(Func<IQueryable<Article>, IQueryable<Article>> scope)
    {
        var now = DateTime.UtcNow;
        return portal.WithDatabaseAsync(db => scope(db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now))
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).Take(20).ToListAsync());
    }

    [Fact]
    public async Task Site_feed_is_rss_2_with_the_latest_twenty_published_articles()
    {
        var rss = await GetXmlAsync("/rss", "application/rss+xml");

        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("rss", rss.Root.Name.LocalName);
        Assert.Equal("2.0", rss.Root.Attribute("version")!.Value);
        Assert.Equal("Cổng thông tin điện tử Ban Tuyên giáo", channel.Element("title")!.Value);
        Assert.Equal("http://localhost/", channel.Element("link")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")!.Value));
        Assert.Equal("vi", channel.Element("language")!.Value);

        var items = channel.Elements("item").ToList();
        Assert.Equal(await VisibleTitlesAsync(a => a), items.Select(i => i.Element("title")!.Value));
        foreach (var item in items)
        {
            Assert.Matches(@"^http://localhost/[a-z0-9-]+/[a-z0-9-]+-\d+$", item.Element("link")!.Value);
            Assert.Equal(item.Element("link")!.Value, item.Element("guid")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(item.Element("description")!.Value));
            Assert.True(DateTime.TryParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        }
        Assert.DoesNotContain(items, i => i.Element("title")!.Value.Contains("không được lên RSS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Category_feed_lists_that_category_and_its_subcategories_only()
    {
        var rss = await GetXmlAsync("/rss/tin-tuc-su-kien", "application/rss+xml");

        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("Tin tức - Sự kiện - Cổng thông tin điện tử Ban Tuyên giáo", channel.Element("title")!.Value);
        var expected = await VisibleTitlesAsync(a => a.Where(x => x.Category!.Slug == "tin-tuc-su-kien" || x.Category.Parent!.Slug == "tin-tuc-su-kien"));
        Assert.Equal(expected, channel.Elements("item").Select(i => i.Element("title")!.Value));
        Assert.All(channel.Elements("item"), i => Assert.Contains(i.Element("category")!.Value, new[] { "Thời sự trong tỉnh", "Tin trong nước" }));
    }

    [Theory]
    [InlineData("/rss/khong-co-chuyen-muc-nay")]
    [InlineData("/sitemaps/bai-viet-99.xml")]
    [InlineData("/sitemaps/bai-viet-0.xml")]
    public async Task Feeds_of_unknown_categories_and_sitemaps_past_the_last_are_not_found(string url)
    {
        using var response = await portal.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Sitemap_index_splits_articles_into_files_that_together_list_every_published_article_once()
    {
        var index = await GetXmlAsync("/sitemap.xml", "application/xml");
        var now = DateTime.UtcNow;
        var published = await portal.WithDatabaseAsync(db => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now).CountAsync());

        var files = index.Root!.Elements(SitemapNs + "sitemap").Select(s => s.Element(SitemapNs + "loc")!.Value).ToList();
        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.Equal("http://localhost/sitemaps/chuyen-muc.xml", files[0]);
        Assert.Equal(["http://localhost/sitemaps/thu-vien-anh.xml", "http://localhost/sitemaps/phim-tu-lieu.xml", "http://localhost/sitemaps/van-ban.xml"], files[1..4]);
        var articleFiles = files.Skip(4).ToList();
        Assert.Equal((published + FeedFixture.UrlsPerSitemap - 1) / FeedFixture.UrlsPerSitemap, articleFiles.Count);

        var articleUrls = new List<string>();
        foreach (var file in articleFiles)
        {
            var urlset = await GetXmlAsync(new Uri(file).PathAndQuery, "application/xml");
            var urls = urlset.Root!.Elements(SitemapNs + "url").ToList();
            Assert.InRange(urls.Count, 1, FeedFixture.UrlsPerSitemap);
            Assert.All(urls, u => Assert.NotNull(u.Element(SitemapNs + "lastmod")));
            articleUrls.AddRange(urls.Select(u => u.Element(SitemapNs + "loc")!.Value));
        }
        Assert.Equal(published, articleUrls.Distinct().Count());
        Assert.Equal(published, articleUrls.Count);
        Assert.DoesNotContain(articleUrls, u => u.Contains("khong-duoc-len-rss", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Category_sitemap_lists_home_every_category_and_the_sections_with_their_contests_and_surveys()
    {
        var urlset = await GetXmlAsync("/sitemaps/chuyen-muc.xml", "application/xml");

        var urls = urlset.Root!.Elements(SitemapNs + "url").Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
        Assert.Equal("http://localhost/", urls[0]);
        Assert.Contains("http://localhost/hoc-tap-va-lam-theo-bac", urls);
        Assert.Contains("http://localhost/thong-bao", urls);
        Assert.Contains("http://localhost/tham-do", urls);
        Assert.Contains("http://localhost/cuoc-thi/cuoc-thi-trac-nghiem-tim-hieu-lich-su-dang-va-bac-ho-nam-2026", urls);
        Assert.Contains(urls, u => u.StartsWith("http://localhost/khao-sat/khao-sat-muc-do-hai-long-cua-ban-doc-voi-cong-thong-tin-dien-tu-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_allows_reading_and_points_to_the_sitemap()
    {
        var robots = await portal.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /tim-kiem", robots);
        // Each captcha image a crawler fetched would be a challenge nobody answers.
        Assert.Contains("Disallow: /ma-kiem-tra", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }
}
