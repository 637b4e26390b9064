using Microsoft.Extensions.Options;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Contests;
using TuyenGiao.Configuration;
using TuyenGiao.Documents;
using TuyenGiao.Introduction;
using TuyenGiao.Settings;
using TuyenGiao.Surveys;
using TuyenGiao.Time;
using TuyenGiao.Topics;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;

namespace TuyenGiao.Web.Feeds;

/// <summary>The machine-readable side of the site: RSS feeds, sitemaps and robots.txt.</summary>
public static class FeedEndpoints
{
    private const int FeedLength = 20;
    private const string AlbumSitemap = "/sitemaps/thu-vien-anh.xml";
    private const string VideoSitemap = "/sitemaps/phim-tu-lieu.xml";
    private const string DocumentSitemap = "/sitemaps/van-ban.xml";

    // Crawlers and link checkers ask HEAD; it answers wherever GET does.
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddValidatedOptions<SitemapOptions>(SitemapOptions.Section);
        return services;
    }

    public static void MapFeeds(this WebApplication app)
    {
        var urlsPerSitemap = app.Services.GetRequiredService<IOptions<SitemapOptions>>().Value.UrlsPerFile;
        // Feed readers and crawlers poll; they get the cached copy, evicted with the pages.
        var feeds = app.MapGroup("").CacheOutput(PublicPagePolicy.Name);

        feeds.MapMethods(SiteUrls.SiteFeed, ReadMethods, async (HttpContext context, PublishedArticles articles, SiteSettingsReader settings) =>
        {
            var site = await settings.GetAsync(context.RequestAborted);
            var latest = await articles.LatestAsync(FeedLength, context.RequestAborted);
            await RssFeed.WriteAsync(context, site.SiteName, $"Tin mới nhất từ {site.SiteName}", latest.Select(RssItem.Of).ToList());
        });

        // A literal segment: it wins over a category's feed below, and "van-ban" cannot be a category's slug.
        feeds.MapMethods(SiteUrls.DocumentFeed, ReadMethods, async (HttpContext context, PublishedDocuments documents, SiteSettingsReader settings) =>
        {
            var site = await settings.GetAsync(context.RequestAborted);
            var latest = await documents.LatestAsync(FeedLength, context.RequestAborted);
            await RssFeed.WriteAsync(context, $"Văn bản mới - {site.SiteName}", $"Văn bản mới ban hành, đăng trên {site.SiteName}",
                latest.Select(d => DocumentItem(d, $"{d.TypeName} {d.Number}: {d.Title}")).ToList());
        });

        // Two segments, so no category's feed can take its place.
        feeds.MapMethods(SiteUrls.DocumentFeed + "/{seriesSlug}-{id:int}", ReadMethods, async (int id, HttpContext context, PublishedDocuments documents,
            SiteSettingsReader settings) =>
        {
            if (await documents.FindSeriesAsync(id, context.RequestAborted) is not { } series)
            {
                return Results.NotFound();
            }
            var site = await settings.GetAsync(context.RequestAborted);
            var issues = await documents.PageAsync(DocumentFilter.None with { SeriesId = id }, 1, FeedLength, context.RequestAborted);
            await RssFeed.WriteAsync(context, $"{series.Name} - {site.SiteName}", $"Các số mới của {series.Name}, đăng trên {site.SiteName}",
                issues.Items.Select(d => DocumentItem(d, $"{series.Name} {d.IssueName}: {d.Title}")).ToList());
            return Results.Empty;
        });

        feeds.MapMethods(SiteUrls.TopicFeed("{topicSlug}"), ReadMethods, async (string topicSlug, HttpContext context, PublishedTopics topics,
            PublishedArticles articles, SiteSettingsReader settings) =>
        {
            var topic = await topics.BySlugAsync(topicSlug, context.RequestAborted);
            if (topic is null)
            {
                return Results.NotFound();
            }
            var site = await settings.GetAsync(context.RequestAborted);
            var latest = await articles.LatestInTopicAsync(topic.Id, FeedLength, context.RequestAborted);
            await RssFeed.WriteAsync(context, $"Chuyên đề {topic.Name} - {site.SiteName}", $"Các bài mới của chuyên đề {topic.Name}", latest.Select(RssItem.Of).ToList());
            return Results.Empty;
        });

        feeds.MapMethods(SiteUrls.SiteFeed + "/{categorySlug}", ReadMethods, async (string categorySlug, HttpContext context, PublishedArticles articles,
            SiteCategories categories, SiteSettingsReader settings) =>
        {
            var category = await categories.FindBySlugAsync(categorySlug, context.RequestAborted);
            if (category is null)
            {
                return Results.NotFound();
            }
            var site = await settings.GetAsync(context.RequestAborted);
            var latest = await articles.LatestInAsync(category.Id, isTopLevel: category.ParentId is null, FeedLength, context.RequestAborted);
            await RssFeed.WriteAsync(context, $"{category.Name} - {site.SiteName}", category.Description ?? category.Name, latest.Select(RssItem.Of).ToList());
            return Results.Empty;
        });

        feeds.MapMethods("/sitemap.xml", ReadMethods, async (HttpContext context, PublishedArticles articles) =>
        {
            var files = (await articles.CountAsync(context.RequestAborted) + urlsPerSitemap - 1) / urlsPerSitemap;
            string[] paths = ["/sitemaps/chuyen-muc.xml", AlbumSitemap, VideoSitemap, DocumentSitemap, .. Enumerable.Range(1, files).Select(n => $"/sitemaps/bai-viet-{n}.xml")];
            await Sitemap.WriteIndexAsync(context, paths);
        });

        feeds.MapMethods("/sitemaps/chuyen-muc.xml", ReadMethods, async (HttpContext context, SiteCategories categories, PublishedDocuments documents,
            PublishedIntroPages introPages, PublishedTopics topics, PublishedContests contests, PublishedSurveys surveys, TimeProvider clock) =>
        {
            var all = await categories.AllAsync(context.RequestAborted);
            var series = await documents.AllSeriesAsync(context.RequestAborted);
            var intro = (await introPages.TreeAsync(context.RequestAborted)).Pages;
            var allTopics = await topics.AllAsync(context.RequestAborted);
            string[] sections = ["/", SiteUrls.Albums, SiteUrls.Videos, SiteUrls.Documents, .. series.Select(SiteUrls.Series),
                SiteUrls.IntroPages, .. intro.Select(p => SiteUrls.IntroPage(p.Slug)), .. intro.Where(p => p.EnglishSlug is not null).Select(p => SiteUrls.EnglishPage(p.EnglishSlug!)),
                SiteUrls.Topics, .. allTopics.Select(t => SiteUrls.Topic(t.Slug)),
                SiteUrls.Contests, .. (await contests.AllAsync(context.RequestAborted)).Select(c => SiteUrls.Contest(c.Slug)),
                SiteUrls.Polls, SiteUrls.Surveys, .. (await surveys.OpenedAsync(clock.GetUtcNow().UtcDateTime, context.RequestAborted)).Select(v => SiteUrls.Survey(v.Slug, v.Id))];
            var paths = sections.Concat(all.SelectMany(c => c.Children.Prepend(c)).Select(c => SiteUrls.Category(c.Slug)));
            await Sitemap.WriteUrlsAsync(context, paths.Select(path => (path, (DateTime?)null)));
        });

        feeds.MapMethods(AlbumSitemap, ReadMethods, async (HttpContext context, PublishedAlbums albums) =>
            await Sitemap.WriteUrlsAsync(context, MediaSitemaps.Albums(context.Request, await albums.AllWithPhotosAsync(context.RequestAborted))));

        feeds.MapMethods(VideoSitemap, ReadMethods, async (HttpContext context, PublishedVideos videos) =>
            await Sitemap.WriteUrlsAsync(context, MediaSitemaps.Videos(context.Request, await videos.AllAsync(context.RequestAborted))));

        feeds.MapMethods(DocumentSitemap, ReadMethods, async (HttpContext context, PublishedDocuments documents) =>
            await Sitemap.WriteUrlsAsync(context, (await documents.AllAsync(context.RequestAborted))
                .Select(d => (SiteUrls.Document(d.Slug, d.Id), (DateTime?)d.UpdatedAt))));

        feeds.MapMethods("/sitemaps/bai-viet-{number:int}.xml", ReadMethods, async (int number, HttpContext context, PublishedArticles articles) =>
        {
            if (number < 1)
            {
                return Results.NotFound();
            }
            var slice = await articles.LocationsAsync((number - 1) * urlsPerSitemap, urlsPerSitemap, context.RequestAborted);
            if (slice.Count == 0)
            {
                return Results.NotFound();
            }
            await Sitemap.WriteUrlsAsync(context,
                slice.Select(a => (SiteUrls.Article(a.CategorySlug, a.Slug, a.Id), (DateTime?)a.UpdatedAt)));
            return Results.Empty;
        });

        feeds.MapMethods("/robots.txt", ReadMethods, (HttpContext context) => Results.Text(
            $"""
            User-agent: *
            Allow: /
            Disallow: /tim-kiem
            Disallow: /admin
            Disallow: /ma-kiem-tra
            Disallow: /phan-hoi/

            Sitemap: {SiteUrls.Absolute(context.Request, "/sitemap.xml")}

            """, "text/plain; charset=utf-8"));
    }

    private static RssItem DocumentItem(DocumentCard document, string title) =>
        new(title, SiteUrls.Document(document), $"{document.TypeName} số {document.Number} của {document.IssuerName}: {document.Title}",
            document.TypeName, VietnamTime.ToUtc(document.IssuedOn.ToDateTime(TimeOnly.MinValue)));
}
