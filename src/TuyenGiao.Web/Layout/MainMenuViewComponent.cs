using Microsoft.AspNetCore.Mvc;
using TuyenGiao.Categories;

namespace TuyenGiao.Web.Layout;

public sealed class MainMenuViewComponent(SiteCategories categories) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await categories.MenuAsync(HttpContext.RequestAborted));
}
