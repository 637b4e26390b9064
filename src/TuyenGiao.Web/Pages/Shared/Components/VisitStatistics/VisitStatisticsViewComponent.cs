using Microsoft.AspNetCore.Mvc;

// The view beside this file is the component's Default.cshtml, where Razor looks for it.
namespace TuyenGiao.Web.Pages.Shared.Components;

// Named in full: the view's own namespace (from its folder) is also called VisitStatistics.
public sealed class VisitStatisticsViewComponent(TuyenGiao.Counters.VisitStatistics statistics) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await statistics.GetAsync(HttpContext.RequestAborted));
}
