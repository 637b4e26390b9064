using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Banners;
using TuyenGiao.Categories;
using TuyenGiao.Contests;
using TuyenGiao.Documents;
using TuyenGiao.HomePage;
using TuyenGiao.Links;
using TuyenGiao.Polls;
using TuyenGiao.Topics;
using TuyenGiao.Videos;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages;

/// <summary>A special topic as its home block shows it: the topic and its latest articles.</summary>
public sealed record TopicBlock(SpecialTopic Topic, IReadOnlyList<ArticleCard> Latest);

/// <summary>
/// The home page: the blocks an admin arranged (<see cref="HomeLayout"/>), each read only when it is shown.
/// Still one cached render; arranging the blocks is a save readers see, which evicts it.
/// </summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(
    PublishedArticles articles, SiteCategories categories, PublishedAlbums albums, PublishedVideos videos, PublishedDocuments documents,
    HomeLayout layout, PortalFrame frame, PublicContentMemo memo) : PageModel
{
    private const int FeaturedCount = 5;
    private const int PerCategory = 4;
    private const int MediaPerBlock = 4;

    /// <summary>The visible blocks, in the admin's order.</summary>
    public IReadOnlyList<HomeBlock> Blocks { get; private set; } = [];

    public IReadOnlyList<ArticleCard> Featured { get; private set; } = [];
    public IReadOnlyList<(MenuCategory Category, IReadOnlyList<ArticleCard> Latest)> Sections { get; private set; } = [];

    /// <summary>A chosen category's block, by block id.</summary>
    public Dictionary<int, (Category Category, IReadOnlyList<ArticleCard> Latest)> CategoryBlocks { get; } = [];

    /// <summary>The topics a topic block shows, by block id.</summary>
    public Dictionary<int, IReadOnlyList<TopicBlock>> TopicBlocks { get; } = [];

    public MediaBlocks Media { get; private set; } = new([], []);

    /// <summary>Each series' newest issue ("Tài liệu sinh hoạt chi bộ tháng 12/2026"), one block each.</summary>
    public IReadOnlyList<SeriesLatest> LatestIssues { get; private set; } = [];

    public IReadOnlyList<WebsiteLink> Links { get; private set; } = [];
    public IReadOnlyList<BannerCard> Banners { get; private set; } = [];

    /// <summary>The poll open at the moment, if any.</summary>
    public Poll? OpenPoll { get; private set; }

    /// <summary>The contests with a round open at the moment, and that round.</summary>
    public IReadOnlyList<(Contest Contest, ContestRound Round)> RunningContests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var blocks = await memo.GetAsync("home-blocks", () => layout.BlocksAsync(cancellationToken), cancellationToken);
        Blocks = blocks.Where(b => b.IsVisible).ToList();
        var kinds = Blocks.Select(b => b.Kind).ToHashSet();
        if (kinds.Contains(HomeBlockKind.Featured))
        {
            Featured = await articles.FeaturedAsync(FeaturedCount, cancellationToken);
        }
        if (kinds.Contains(HomeBlockKind.MenuCategories))
        {
            Sections = await MenuSectionsAsync(cancellationToken);
        }
        foreach (var block in Blocks)
        {
            if (block is { Kind: HomeBlockKind.Category, CategoryId: { } categoryId } && await categories.FindAsync(categoryId, cancellationToken) is { } category)
            {
                CategoryBlocks[block.Id] = (category, await articles.LatestInAsync(category.Id, category.ParentId is null, PerCategory, cancellationToken));
            }
            else if (block.Kind == HomeBlockKind.SpecialTopics)
            {
                TopicBlocks[block.Id] = await TopicBlocksAsync(block.TopicId, cancellationToken);
            }
        }
        if (kinds.Contains(HomeBlockKind.Albums) || kinds.Contains(HomeBlockKind.Videos))
        {
            Media = await MediaBlocks.LatestAsync(memo, albums, videos, MediaPerBlock, cancellationToken);
        }
        if (kinds.Contains(HomeBlockKind.DocumentSeries))
        {
            LatestIssues = await memo.GetAsync("series-latest-issues", () => documents.LatestIssuesAsync(cancellationToken), cancellationToken);
        }
        if (kinds.Contains(HomeBlockKind.Links))
        {
            Links = await frame.LinksAsync(cancellationToken);
        }
        if (kinds.Contains(HomeBlockKind.Banners))
        {
            Banners = await frame.BannersAsync(BannerSlot.HomeSections, cancellationToken);
        }
        if (kinds.Contains(HomeBlockKind.Poll))
        {
            OpenPoll = await frame.OpenPollAsync(cancellationToken);
        }
        if (kinds.Contains(HomeBlockKind.Contest))
        {
            RunningContests = await frame.RunningContestsAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<(MenuCategory, IReadOnlyList<ArticleCard>)>> MenuSectionsAsync(CancellationToken cancellationToken)
    {
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
        return sections;
    }

    /// <summary>One chosen topic while it runs, or every running topic.</summary>
    private async Task<IReadOnlyList<TopicBlock>> TopicBlocksAsync(int? topicId, CancellationToken cancellationToken)
    {
        var running = await frame.RunningTopicsAsync(cancellationToken);
        var shown = new List<TopicBlock>();
        foreach (var topic in running.Where(t => topicId is null || t.Id == topicId))
        {
            shown.Add(new TopicBlock(topic, await articles.LatestInTopicAsync(topic.Id, PerCategory, cancellationToken)));
        }
        return shown;
    }
}
