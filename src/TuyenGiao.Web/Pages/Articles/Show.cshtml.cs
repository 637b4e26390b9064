using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Banners;
using TuyenGiao.Counters;
using TuyenGiao.Documents;
using TuyenGiao.Feedback;
using TuyenGiao.Topics;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Articles;

[CountsVisits(ViewedIdRouteKey = "id")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(
    PublishedArticles articles, PublishedAnswers answers, PendingCounts pendingCounts, PublishedAlbums albums, PublishedVideos videos,
    PublishedDocuments documents, PublishedTopics topics, PortalFrame frame, PublicContentMemo memo) : PageModel
{
    private const int ListLength = 5;
    private const int MediaPerBlock = 2;

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleCard> Related { get; private set; } = [];
    public IReadOnlyList<ArticleCard> Others { get; private set; } = [];
    public IReadOnlyList<PublishedAnswer> Answers { get; private set; } = [];

    /// <summary>The published documents the article cites, as the documents' editors linked them.</summary>
    public IReadOnlyList<DocumentCard> Documents { get; private set; } = [];

    /// <summary>The album the editor chose to show at the end, if it is published.</summary>
    public Album? Album { get; private set; }

    public MediaBlocks Media { get; private set; } = null!;

    /// <summary>"Mới nhất": the latest across the site, this article left out.</summary>
    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];

    /// <summary>The special topics the article is ticked into.</summary>
    public IReadOnlyList<SpecialTopic> Topics { get; private set; } = [];

    public IReadOnlyList<BannerCard> SidebarBanners { get; private set; } = [];

    /// <summary>The poll open at the moment, in the side column.</summary>
    public TuyenGiao.Polls.Poll? OpenPoll { get; private set; }

    /// <summary>
    /// Which articles the side column lists: with the frame's key, what its HTML is kept under. Most
    /// articles share one side column per category; an article among the latest has its own, without itself.
    /// </summary>
    public string SideColumnKey => string.Join('|', new[] { Latest, Related, Others }.Select(list => string.Join(',', list.Select(card => card.Id))));

    /// <summary>Stored views plus those counted since the last flush, so a reader's own view shows at once.</summary>
    public long ViewCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string categorySlug, string articleSlug, int id, CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        // The id decides; a link made before a title change or a category move lands on the current URL.
        var categorySlugNow = article.Category!.Slug;
        if (article.Slug != articleSlug || categorySlugNow != categorySlug)
        {
            return RedirectPermanent(SiteUrls.Article(categorySlugNow, article.Slug, article.Id));
        }
        Article = article;
        ViewCount = article.ViewCount + pendingCounts.ViewsOf(ViewedItem.Article(article.Id));
        // The lists around the article change only with the content: kept in memory between changes, per category.
        var category = article.CategoryId;
        var latestOfCategory = await memo.GetAsync($"latest-of-category:{category}",
            () => articles.LatestOfCategoryAsync(category, ListLength + 1, cancellationToken), cancellationToken);
        Related = latestOfCategory.Where(card => card.Id != article.Id).Take(ListLength).ToList();
        Others = await memo.GetAsync($"latest-outside-category:{category}",
            () => articles.LatestOutsideCategoryAsync(category, ListLength, cancellationToken), cancellationToken);
        // What hangs under the article is read for all articles at once and kept like the lists above.
        var answered = await memo.GetAsync("articles-answered", () => answers.ArticlesAnsweredAsync(cancellationToken), cancellationToken);
        Answers = answered.Contains(article.Id) ? await answers.ForArticleAsync(article.Id, cancellationToken) : [];
        var documentsByArticle = await memo.GetAsync("documents-by-article", () => documents.ByRelatedArticleAsync(cancellationToken), cancellationToken);
        Documents = documentsByArticle.GetValueOrDefault(article.Id) ?? [];
        Album = article.AlbumId is { } albumId
            ? await memo.GetAsync($"album:{albumId}", () => albums.FindAsync(albumId, cancellationToken), cancellationToken)
            : null;
        Media = await MediaBlocks.LatestAsync(memo, albums, videos, MediaPerBlock, cancellationToken);
        var latest = await memo.GetAsync("latest-site", () => articles.LatestAsync(ListLength + 1, cancellationToken), cancellationToken);
        Latest = latest.Where(card => card.Id != article.Id).Take(ListLength).ToList();
        var topicsByArticle = await memo.GetAsync("topics-by-article", () => topics.ByArticleAsync(cancellationToken), cancellationToken);
        Topics = topicsByArticle.GetValueOrDefault(article.Id) ?? [];
        SidebarBanners = await frame.BannersAsync(BannerSlot.Sidebar, cancellationToken);
        OpenPoll = await frame.OpenPollAsync(cancellationToken);
        return Page();
    }
}
