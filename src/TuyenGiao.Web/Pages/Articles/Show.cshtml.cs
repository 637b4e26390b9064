using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Counters;
using TuyenGiao.Feedback;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Articles;

[CountsVisits(ViewedIdRouteKey = "id")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(
    PublishedArticles articles, PublishedAnswers answers, PendingCounts pendingCounts, PublishedAlbums albums, PublishedVideos videos) : PageModel
{
    private const int ListLength = 5;
    private const int MediaPerBlock = 2;

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleCard> Related { get; private set; } = [];
    public IReadOnlyList<ArticleCard> Others { get; private set; } = [];
    public IReadOnlyList<PublishedAnswer> Answers { get; private set; } = [];

    /// <summary>The album the editor chose to show at the end, if it is published.</summary>
    public Album? Album { get; private set; }

    public MediaBlocks Media { get; private set; } = null!;

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
        Related = await articles.RelatedToAsync(article, ListLength, cancellationToken);
        Others = await articles.OthersThanAsync(article, ListLength, cancellationToken);
        Answers = await answers.ForArticleAsync(article.Id, cancellationToken);
        Album = article.AlbumId is { } albumId ? await albums.FindAsync(albumId, cancellationToken) : null;
        Media = await MediaBlocks.LatestAsync(albums, videos, MediaPerBlock, cancellationToken);
        return Page();
    }
}
