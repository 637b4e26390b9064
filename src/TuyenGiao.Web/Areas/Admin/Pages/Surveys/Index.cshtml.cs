using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Surveys;

namespace TuyenGiao.Web.Areas.Admin.Pages.Surveys;

/// <summary>The surveys, newest first, with their days and how many have answered.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(SurveyEditing surveys, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Survey> Surveys { get; private set; } = [];
    public DateTime Now { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Surveys = await surveys.AllAsync(HttpContext.RequestAborted);
    }
}
