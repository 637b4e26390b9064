using TuyenGiao.Introduction;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Introduction;

/// <summary>What both languages' page handlers read for one page, and the versions the layout links.</summary>
public sealed class IntroPageLoader(PublishedIntroPages pages, PortalFrame frame, PublicContentMemo memo)
{
    public async Task<IntroPageView?> LoadAsync(string slug, bool english, CancellationToken cancellationToken)
    {
        var page = english ? await pages.ByEnglishSlugAsync(slug, cancellationToken) : await pages.BySlugAsync(slug, cancellationToken);
        if (page is null)
        {
            return null;
        }
        var leaders = page.ListsLeaders
            ? await memo.GetAsync("leaders", () => pages.LeadersAsync(cancellationToken), cancellationToken)
            : [];
        return new IntroPageView(page, await frame.IntroTreeAsync(cancellationToken), leaders, english);
    }

    public static IReadOnlyList<LanguageVersion> VersionsOf(IntroPage page) => page.EnglishSlug is { } english
        ? [new("vi", "Tiếng Việt", SiteUrls.IntroPage(page.Slug)), new("en", "English", SiteUrls.EnglishPage(english))]
        : [];
}
