using TuyenGiao.Banners;
using TuyenGiao.Contests;
using TuyenGiao.Introduction;
using TuyenGiao.Links;
using TuyenGiao.Polls;
using TuyenGiao.Settings;
using TuyenGiao.Topics;
using TuyenGiao.Web.Caching;

namespace TuyenGiao.Web.Pages.Shared;

/// <summary>
/// What the frame of every public page shows around its content — the site's settings, the introduction pages in the menu and
/// footer, the banners, the links, the running special topics, the open poll, the running contests — kept in memory between content changes
/// (<see cref="PublicContentMemo"/>). Banners and topics are kept with those still to come and picked by the
/// clock as a page renders; <see cref="ScheduleBoundaries"/> renders cached pages again when one starts or ends.
/// </summary>
public sealed class PortalFrame(
    PublicContentMemo memo, PublishedIntroPages introPages, ShownBanners banners, WebsiteLinks links, PublishedTopics topics, PublishedPolls polls,
    PublishedContests contests, SiteSettingsReader settings, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// What parts of the frame kept as HTML vary by (<c>&lt;cache vary-by="…"&gt;</c>): it changes with every
    /// change readers would see, and when a banner's, a topic's or a poll's time starts or ends, as the
    /// cached pages do. Each such part is rendered once per change instead of once per page.
    /// </summary>
    public Task<string> KeptHtmlKeyAsync(CancellationToken cancellationToken) => memo.GenerationAsync(cancellationToken);

    /// <summary>HTML kept under an older key is never asked for again; it is let go after this long unused.</summary>
    public static readonly TimeSpan KeptHtmlUnusedFor = TimeSpan.FromMinutes(10);

    /// <summary>The board's name, address and the like, in every page's header and footer.</summary>
    public Task<SiteSettings> SettingsAsync(CancellationToken cancellationToken) =>
        memo.GetAsync("settings", () => settings.GetAsync(cancellationToken), cancellationToken);

    public Task<IntroTree> IntroTreeAsync(CancellationToken cancellationToken) =>
        memo.GetAsync("intro-tree", () => introPages.TreeAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<BannerCard>> BannersAsync(BannerSlot slot, CancellationToken cancellationToken)
    {
        var now = Now;
        var all = await memo.GetAsync("banners", () => banners.NotEndedAsync(now, cancellationToken), cancellationToken);
        return all.Where(b => b.Slot == slot && b.ShowsAt(now)).ToList();
    }

    public Task<List<WebsiteLink>> LinksAsync(CancellationToken cancellationToken) =>
        memo.GetAsync("links", () => links.AllAsync(cancellationToken), cancellationToken);

    /// <summary>The special topics running at this moment, the newest first.</summary>
    public async Task<IReadOnlyList<SpecialTopic>> RunningTopicsAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var all = await memo.GetAsync("topics-not-ended", () => topics.NotEndedAsync(now, cancellationToken), cancellationToken);
        return all.Where(t => t.RunsAt(now)).ToList();
    }

    /// <summary>The newest poll open at this moment, which the home page and the article's side column show; or none.</summary>
    public async Task<Poll?> OpenPollAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var all = await memo.GetAsync("polls-not-closed", () => polls.NotClosedAsync(now, cancellationToken), cancellationToken);
        return all.FirstOrDefault(p => p.IsOpenAt(now));
    }

    /// <summary>The published contests with a round open at this moment, and that round: the home page's way in.</summary>
    public async Task<IReadOnlyList<(Contest Contest, ContestRound Round)>> RunningContestsAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var all = await memo.GetAsync("contests", () => contests.AllAsync(cancellationToken), cancellationToken);
        return all.Select(c => (Contest: c, Round: c.RoundOpenAt(now))).Where(c => c.Round is not null).Select(c => (c.Contest, c.Round!)).ToList();
    }
}
