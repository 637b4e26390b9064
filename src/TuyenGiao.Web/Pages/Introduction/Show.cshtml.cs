using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Introduction;

[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(IntroPageLoader loader) : PageModel
{
    public IntroPageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(slug, english: false, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
