using Microsoft.AspNetCore.Mvc;
using TuyenGiao.Categories;
using TuyenGiao.Web.Caching;

// The view beside this file is the component's Default.cshtml, where Razor looks for it.
namespace TuyenGiao.Web.Pages.Shared.Components;

public sealed class MainMenuViewComponent(SiteCategories categories, PublicContentMemo memo) : ViewComponent
{
    // On every page: kept in memory until the categories (or any other public content) change.
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await memo.GetAsync("menu", () => categories.MenuAsync(HttpContext.RequestAborted), HttpContext.RequestAborted));
}
