using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Categories;
using TuyenGiao.Search;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Search;

[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArticleSearch search, MediaSearch mediaSearch, SearchFilterBuilder filterBuilder, SiteCategories categories) : PageModel
{
    private const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = SearchQueryKeys.Text)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchQueryKeys.Category)]
    public string? CategorySlug { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchQueryKeys.From)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = SearchQueryKeys.To)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = SiteUrls.PageQueryKey)]
    public int PageNumber { get; set; } = 1;

    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public Paged<SearchHit>? Results { get; private set; }

    /// <summary>Albums and videos that match, on the first page of a search not narrowed to a category.</summary>
    public IReadOnlyList<MediaHit> MediaResults { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(Text);
        Categories = await categories.AllAsync(cancellationToken);
        var (filters, errors) = await filterBuilder.BuildAsync(CategorySlug, From, To, cancellationToken);
        Problems = [.. errors.Select(e => e.Value)];
        if (PageNumber < 1 || filters is null || Query.IsEmpty)
        {
            return Page();
        }
        Results = await search.SearchAsync(Query, filters, PageNumber, PageSize, cancellationToken);
        if (PageNumber == 1 && filters.Category is null)
        {
            MediaResults = await mediaSearch.SearchAsync(Query, SiteUrls.Album, SiteUrls.Video, cancellationToken);
        }
        return PageNumber > Results.PageCount && PageNumber > 1 ? NotFound() : Page();
    }

    /// <summary>The URL of another page of these same results.</summary>
    public string UrlOfPage(int page) => Url.PageWithQuery("Index", new Dictionary<string, string?>
    {
        [SearchQueryKeys.Text] = Query.Text,
        [SearchQueryKeys.Category] = CategorySlug,
        [SearchQueryKeys.From] = From,
        [SearchQueryKeys.To] = To,
        [SiteUrls.PageQueryKey] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    });
}
