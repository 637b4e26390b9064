using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Documents;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages;

[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(
    PublishedArticles articles, SiteCategories categories, PublishedAlbums albums, PublishedVideos videos, PublishedDocuments documents,
    PublicContentMemo memo) : PageModel
{
    private const int FeaturedCount = 5;
    private const int PerCategory = 4;
    private const int MediaPerBlock = 4;

    public IReadOnlyList<ArticleCard> Featured { get; private set; } = [];
    public IReadOnlyList<(MenuCategory Category, IReadOnlyList<ArticleCard> Latest)> Sections { get; private set; } = [];
    public MediaBlocks Media { get; private set; } = null!;

    /// <summary>Each series' newest issue ("Tài liệu sinh hoạt chi bộ tháng 12/2026"), one block each.</summary>
    public IReadOnlyList<SeriesLatest> LatestIssues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Featured = await articles.FeaturedAsync(FeaturedCount, cancellationToken);
        var sections = new List<(MenuCategory, IReadOnlyList<ArticleCard>)>();
        foreach (var category in await categories.MenuAsync(cancellationToken))
        {
            // The menu's sections are top-level categories: each also gathers what its subcategories publish.
            var latest = await articles.LatestInAsync(category.Id, isTopLevel: true, PerCategory, cancellationToken);
            if (latest.Count > 0)
            {
                sections.Add((category, latest));
            }
        }
        Sections = sections;
        Media = await MediaBlocks.LatestAsync(memo, albums, videos, MediaPerBlock, cancellationToken);
        LatestIssues = await memo.GetAsync("series-latest-issues", () => documents.LatestIssuesAsync(cancellationToken), cancellationToken);
    }
}
