using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Introduction;

/// <summary>"Giới thiệu": the tree of introduction pages.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PortalFrame frame) : PageModel
{
    public IntroTree Tree { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tree = await frame.IntroTreeAsync(cancellationToken);
}
