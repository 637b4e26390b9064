using Microsoft.AspNetCore.Mvc;
using TuyenGiao.Categories;

// The view beside this file is the component's Default.cshtml, where Razor looks for it.
namespace TuyenGiao.Web.Pages.Shared.Components;

public sealed class MainMenuViewComponent(SiteCategories categories) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await categories.MenuAsync(HttpContext.RequestAborted));
}
