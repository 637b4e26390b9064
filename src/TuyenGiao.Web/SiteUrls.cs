using Microsoft.Extensions.Options;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Documents;
using TuyenGiao.Videos;
using TuyenGiao.Web.Hosting;

namespace TuyenGiao.Web;

/// <summary>The public URL scheme in one place: pages link with it and redirect to it.</summary>
public static class SiteUrls
{
    public const string PageQueryKey = "trang";

    public static string Category(string categorySlug, int page = 1) =>
        page <= 1 ? $"/{categorySlug}" : $"/{categorySlug}?{PageQueryKey}={page}";

    public static string Article(string categorySlug, string articleSlug, int id) => $"/{categorySlug}/{articleSlug}-{id}";

    public static string Article(ArticleCard card) => Article(card.CategorySlug, card.Slug, card.Id);

    public const string Albums = "/thu-vien-anh";

    public static string Album(string slug, int id) => $"{Albums}/{slug}-{id}";

    public static string Album(AlbumCard card) => Album(card.Slug, card.Id);

    public const string Videos = "/phim-tu-lieu";

    public static string Video(string slug, int id) => $"{Videos}/{slug}-{id}";

    public static string Video(VideoCard card) => Video(card.Slug, card.Id);

    public const string Documents = "/van-ban";

    public static string Document(string slug, int id) => $"{Documents}/{slug}-{id}";

    public static string Document(DocumentCard card) => Document(card.Slug, card.Id);

    /// <summary>A series' page ("Tài liệu sinh hoạt chi bộ"): its issues, newest first. The id decides; the slug follows the name.</summary>
    public static string Series(DocumentLabel series) => $"{Documents}/an-pham/{TuyenGiao.Text.Slug.FromTitle(series.Name)}-{series.Id}";

    /// <summary>A series' RSS feed: a new issue reaches the party cells' readers without their looking.</summary>
    public static string SeriesFeed(DocumentLabel series) => $"{DocumentFeed}/{TuyenGiao.Text.Slug.FromTitle(series.Name)}-{series.Id}";

    /// <summary>A document's file, under its own (Vietnamese) name: what a reader saves is what the board called it.</summary>
    public static string DocumentFile(int fileId, string fileName) => $"{Documents}/tep/{fileId}/{Uri.EscapeDataString(fileName)}";

    public const string IntroPages = "/gioi-thieu";

    public static string IntroPage(string slug) => $"{IntroPages}/{slug}";

    public const string EnglishPages = "/en";

    public static string EnglishPage(string englishSlug) => $"{EnglishPages}/{englishSlug}";

    public const string Topics = "/chuyen-de";

    public static string Topic(string slug, int page = 1) => ListPage($"{Topics}/{slug}", page);

    public static string TopicFeed(string slug) => $"{SiteFeed}/chuyen-de/{slug}";

    public const string Contests = "/cuoc-thi";

    public static string Contest(string slug) => $"{Contests}/{slug}";

    public const string Polls = "/tham-do";

    public const string Surveys = "/khao-sat";

    public static string Survey(string slug, int id) => $"{Surveys}/{slug}-{id}";

    /// <summary>A list's page: the list itself for page 1, <c>?trang=n</c> after.</summary>
    public static string ListPage(string list, int page) => page <= 1 ? list : $"{list}?{PageQueryKey}={page}";

    public const string SiteFeed = "/rss";

    public static string CategoryFeed(string categorySlug) => $"{SiteFeed}/{categorySlug}";

    public const string DocumentFeed = $"{SiteFeed}/van-ban";

    /// <summary>
    /// For feeds, sitemaps and link previews, which other sites read out of context: on the configured
    /// public address (<see cref="SiteOptions.PublicUrl"/>), never the Host header a request brings.
    /// </summary>
    public static string Absolute(HttpRequest request, string path)
    {
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }
        var publicUri = request.HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicUri;
        return publicUri is null
            ? $"{request.Scheme}://{request.Host}{request.PathBase}{path}"
            : publicUri.AbsoluteUri.TrimEnd('/') + path;
    }
}
