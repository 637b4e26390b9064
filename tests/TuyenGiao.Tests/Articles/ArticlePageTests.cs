using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;
using TuyenGiao.Text;
using TuyenGiao.Web;

namespace TuyenGiao.Tests.Articles;

/// <summary>One fully filled article with two siblings in its category, beside the demo content.</summary>
public sealed class ArticlePageFixture : PortalFactory, IAsyncLifetime
{
    public int ArticleId { get; private set; }

    public async Task InitializeAsync()
    {
        await WithDatabaseAsync(async db =>
        {
            var category = TestArticles.Category("Kiểm thử bài viết");
            var article = TestArticles.Published(category, "Hội nghị tổng kết công tác tuyên giáo",
                new DateTime(2022, 10, 20, 8, 32, 0, DateTimeKind.Utc),
                "Đoạn mở đầu với **chữ đậm**.\n\n<script>alert('x')</script>\n\nĐoạn kết.");
            article.Sapo = "Sáng nay, hội nghị đã diễn ra tại hội trường lớn.";
            article.CoverImageUrl = "/demo/hoi-nghi.svg";
            article.CoverImageCaption = "Quang cảnh hội nghị.";
            article.AuthorLine = "Minh Châu";
            article.SourceLine = "Báo cáo của Ban Tuyên giáo";
            article.ViewCount = 1234;
            db.Articles.AddRange(
                article,
                TestArticles.Published(category, "Bài cùng chuyên mục thứ nhất", new DateTime(2022, 10, 19, 1, 0, 0, DateTimeKind.Utc)),
                TestArticles.Published(category, "Bài cùng chuyên mục thứ hai", new DateTime(2022, 10, 18, 1, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
            ArticleId = article.Id;
        });
    }

    public string Url => SiteUrls.Article("kiem-thu-bai-viet", "hoi-nghi-tong-ket-cong-tac-tuyen-giao", ArticleId);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class ArticlePageTests(ArticlePageFixture portal) : IClassFixture<ArticlePageFixture>
{
    [Fact]
    public async Task Shows_title_sapo_time_views_cover_body_author_and_source()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), portal.Url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Hội nghị tổng kết công tác tuyên giáo", page.Text("h1"));
        Assert.Equal("Sáng nay, hội nghị đã diễn ra tại hội trường lớn.", page.Text(".article .sapo"));
        Assert.Equal("Thứ Năm, 20/10/2022 15:32 (GMT+7)", page.Text(".article .meta time"));
        Assert.Equal("Lượt xem: 1.234", page.Text(".article .views"));
        Assert.Equal("Quang cảnh hội nghị.", page.Text(".cover figcaption"));
        Assert.Equal("chữ đậm", page.Text(".article-body strong"));
        Assert.Equal("Minh Châu", page.Text(".author"));
        Assert.Equal("Nguồn: Báo cáo của Ban Tuyên giáo", page.Text(".source"));
        Assert.Equal("Hội nghị tổng kết công tác tuyên giáo - Cổng thông tin điện tử Ban Tuyên giáo", page.Document.Title);
    }

    [Fact]
    public async Task Script_typed_into_the_body_never_reaches_the_page()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), portal.Url);

        // The only scripts: the page's JSON-LD and the site's own files (the feedback form, the reading tools).
        Assert.Empty(page.Document.QuerySelectorAll("script:not([type='application/ld+json']):not([src^='/js/'])"));
        Assert.DoesNotContain("alert", page.Html);
        Assert.Equal("Đoạn kết.", page.Texts(".article-body p")[^1]);
    }

    [Fact]
    public async Task Related_lists_the_same_category_and_others_list_the_rest_of_the_site()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), portal.Url);

        Assert.Equal("Tin liên quan", page.Text("#tin-lien-quan"));
        Assert.Equal(["Bài cùng chuyên mục thứ nhất", "Bài cùng chuyên mục thứ hai"],
            page.Document.QuerySelectorAll("section[aria-labelledby='tin-lien-quan'] li a").Select(a => a.TextContent));
        Assert.Equal("Các tin khác", page.Text("#cac-tin-khac"));
        var others = page.Document.QuerySelectorAll("section[aria-labelledby='cac-tin-khac'] li a").Select(a => a.TextContent).ToList();
        Assert.Equal(5, others.Count);
        Assert.DoesNotContain(others, title => title.StartsWith("Bài cùng chuyên mục", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_old_slug_or_category_in_a_link_redirects_permanently_to_the_current_url()
    {
        var id = await portal.WithDatabaseAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "kiem-thu-bai-viet");
            var article = TestArticles.Published(category, "Tiêu đề ban đầu của bài", DateTime.UtcNow.AddHours(-1));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            article.Title = "Tiêu đề đã sửa của bài";
            article.Slug = Slug.FromTitle(article.Title);
            await db.SaveChangesAsync();
            return article.Id;
        });
        var client = portal.CreateClientWithoutRedirects();
        var current = $"/kiem-thu-bai-viet/tieu-de-da-sua-cua-bai-{id}";

        using var oldSlug = await client.GetAsync($"/kiem-thu-bai-viet/tieu-de-ban-dau-cua-bai-{id}");
        using var oldCategory = await client.GetAsync($"/chuyen-muc-cu/tieu-de-da-sua-cua-bai-{id}");

        Assert.Equal(HttpStatusCode.MovedPermanently, oldSlug.StatusCode);
        Assert.Equal(current, oldSlug.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldCategory.StatusCode);
        Assert.Equal(current, oldCategory.Headers.Location?.OriginalString);
        var page = await HtmlPage.GetAsync(portal.CreateClient(), current);
        Assert.Equal("Tiêu đề đã sửa của bài", page.Text("h1"));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, -1)]
    [InlineData(ArticleStatus.Unpublished, -1)]
    [InlineData(ArticleStatus.Scheduled, 24)]
    [InlineData(ArticleStatus.Published, 24)]
    public async Task Articles_a_reader_may_not_see_yet_are_not_found(ArticleStatus status, int hoursFromNow)
    {
        var url = await portal.WithDatabaseAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "kiem-thu-bai-viet");
            var article = TestArticles.Published(category, $"Bài chưa được xem {status} {hoursFromNow}", DateTime.UtcNow.AddHours(hoursFromNow));
            article.Status = status;
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return SiteUrls.Article(category.Slug, article.Slug, article.Id);
        });

        var page = await HtmlPage.GetAsync(portal.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
    }

    [Fact]
    public async Task Carries_a_canonical_link_and_preview_tags_for_other_sites()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), portal.Url);

        string Meta(string selector) => page.Document.QuerySelector(selector)!.GetAttribute("content")!;
        var canonical = "http://localhost" + portal.Url;
        Assert.Equal(canonical, page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("Hội nghị tổng kết công tác tuyên giáo", Meta("meta[property='og:title']"));
        Assert.Equal("Sáng nay, hội nghị đã diễn ra tại hội trường lớn.", Meta("meta[property='og:description']"));
        Assert.Equal("http://localhost/demo/hoi-nghi.svg", Meta("meta[property='og:image']"));
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("Hội nghị tổng kết công tác tuyên giáo", Meta("meta[name='twitter:title']"));
        Assert.Equal("http://localhost/demo/hoi-nghi.svg", Meta("meta[name='twitter:image']"));
    }

    [Fact]
    public async Task Describes_itself_as_a_schema_org_news_article()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), portal.Url);

        var script = page.Document.QuerySelector("script[type='application/ld+json']")!;
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Hội nghị tổng kết công tác tuyên giáo", root.GetProperty("headline").GetString());
        Assert.Equal("Sáng nay, hội nghị đã diễn ra tại hội trường lớn.", root.GetProperty("description").GetString());
        Assert.Equal("http://localhost/demo/hoi-nghi.svg", root.GetProperty("image")[0].GetString());
        Assert.Equal(new DateTime(2022, 10, 20, 8, 32, 0, DateTimeKind.Utc), root.GetProperty("datePublished").GetDateTime().ToUniversalTime());
        Assert.Equal("Minh Châu", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("http://localhost" + portal.Url, root.GetProperty("mainEntityOfPage").GetString());
    }

    [Fact]
    public async Task A_title_that_tries_to_close_the_json_script_stays_inside_it()
    {
        var url = await portal.WithDatabaseAsync(async db =>
        {
            // A category of its own and an old date, so the hostile title shows up in no other test's lists.
            var category = TestArticles.Category("Kiểm thử tiêu đề độc hại");
            var article = TestArticles.Published(category, "Tiêu đề </script><script>alert(1)</script>", new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return SiteUrls.Article(category.Slug, article.Slug, article.Id);
        });

        var page = await HtmlPage.GetAsync(portal.CreateClient(), url);

        Assert.Single(page.Document.QuerySelectorAll("script:not([src])"));
        Assert.Equal("Tiêu đề </script><script>alert(1)</script>", page.Text("h1"));
    }

    [Fact]
    public async Task A_demo_article_reached_from_the_home_page_reads_in_vietnamese()
    {
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");
        var firstLink = home.Document.QuerySelector(".featured h3 a")!.GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(portal.CreateClient(), firstLink);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(home.Text(".featured h3"), page.Text("h1"));
        Assert.Matches(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2}/\d{1,2}/\d{4} \d{2}:\d{2} \(GMT\+7\)$", page.Text(".article .meta time"));
        Assert.StartsWith("Lượt xem: ", page.Text(".article .views"));
    }
}
