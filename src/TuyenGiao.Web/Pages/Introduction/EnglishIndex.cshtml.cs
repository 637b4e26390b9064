using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Introduction;

/// <summary>The English pages ("About us"): those introduction pages that have an English version.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class EnglishIndexModel(PortalFrame frame) : PageModel
{
    public IReadOnlyList<IntroPageLink> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Pages = (await frame.IntroTreeAsync(cancellationToken)).English.ToList();
        return Pages.Count == 0 ? NotFound() : Page();
    }
}
