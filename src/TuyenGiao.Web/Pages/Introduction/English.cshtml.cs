using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Introduction;

/// <summary>An introduction page's English version (Decree 42/2022/NĐ-CP, art. 7).</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class EnglishModel(IntroPageLoader loader) : PageModel
{
    public IntroPageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(slug, english: true, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
