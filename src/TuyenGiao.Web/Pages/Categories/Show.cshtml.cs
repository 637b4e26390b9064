using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Categories;

[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(SiteCategories categories, PublishedArticles articles) : PageModel
{
    private const int PageSize = 12;

    public Category Category { get; private set; } = null!;
    public Paged<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(
        string categorySlug, [FromQuery(Name = SiteUrls.PageQueryKey)] int page = 1, CancellationToken cancellationToken = default)
    {
        var category = await categories.FindBySlugAsync(categorySlug, cancellationToken);
        if (category is null && await categories.CurrentSlugForAsync(categorySlug, cancellationToken) is { } renamedTo)
        {
            return RedirectPermanent(SiteUrls.Category(renamedTo) + Request.QueryString);
        }
        if (category is null || page < 1)
        {
            return NotFound();
        }
        var articlesPage = await articles.PageInAsync(category, page, PageSize, cancellationToken);
        if (page > articlesPage.PageCount)
        {
            return NotFound();
        }
        Category = category;
        Articles = articlesPage;
        return Page();
    }
}
