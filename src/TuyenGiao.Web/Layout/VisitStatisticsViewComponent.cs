using Microsoft.AspNetCore.Mvc;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Layout;

public sealed class VisitStatisticsViewComponent(VisitStatistics statistics) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await statistics.GetAsync(HttpContext.RequestAborted));
}
