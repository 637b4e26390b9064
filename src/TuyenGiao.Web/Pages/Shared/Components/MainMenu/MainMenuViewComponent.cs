using Microsoft.AspNetCore.Mvc;
using TuyenGiao.Categories;
using TuyenGiao.Introduction;
using TuyenGiao.Web.Caching;

// The view beside this file is the component's Default.cshtml, where Razor looks for it.
namespace TuyenGiao.Web.Pages.Shared.Components;

/// <summary>The menu's categories and the introduction pages an admin placed in it (with their children).</summary>
public sealed record MainMenuView(IReadOnlyList<MenuCategory> Categories, IntroTree IntroPages);

public sealed class MainMenuViewComponent(SiteCategories categories, PublicContentMemo memo, PortalFrame frame) : ViewComponent
{
    // On every page: kept in memory until the categories (or any other public content) change.
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(new MainMenuView(
            await memo.GetAsync("menu", () => categories.MenuAsync(HttpContext.RequestAborted), HttpContext.RequestAborted),
            await frame.IntroTreeAsync(HttpContext.RequestAborted)));
}
