using Microsoft.AspNetCore.OutputCaching;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Categories;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Search;
using TuyenGiao.Text;

namespace TuyenGiao.Web.Pages.Search;

[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArticleSearch search, SiteCategories categories) : PageModel
{
    private const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "chuyen-muc")]
    public string? CategorySlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu-ngay")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den-ngay")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = SiteUrls.PageQueryKey)]
    public int PageNumber { get; set; } = 1;

    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public Paged<SearchHit>? Results { get; private set; }
    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(Text);
        Categories = await categories.AllAsync(cancellationToken);
        var filters = await FiltersAsync(cancellationToken);
        if (PageNumber < 1 || filters is null || Query.IsEmpty)
        {
            return Page();
        }
        Results = await search.SearchAsync(Query, filters, PageNumber, PageSize, cancellationToken);
        return PageNumber > Results.PageCount && PageNumber > 1 ? NotFound() : Page();
    }

    /// <summary>The URL of another page of these same results.</summary>
    public string UrlOfPage(int page) => "/tim-kiem" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query.Text,
        ["chuyen-muc"] = CategorySlug,
        ["tu-ngay"] = From,
        ["den-ngay"] = To,
        [SiteUrls.PageQueryKey] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private async Task<SearchFilters?> FiltersAsync(CancellationToken cancellationToken)
    {
        var from = ParseDate(From, "Ngày bắt đầu");
        var to = ParseDate(To, "Ngày kết thúc");
        if (from is not null && to is not null && from > to)
        {
            Problems.Add("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.");
        }
        int[]? categoryIds = null;
        if (!string.IsNullOrEmpty(CategorySlug))
        {
            var category = await categories.FindBySlugAsync(CategorySlug, cancellationToken);
            if (category is null)
            {
                Problems.Add("Chuyên mục đã chọn không còn tồn tại.");
            }
            else
            {
                categoryIds = [category.Id, .. category.Children.Select(c => c.Id)];
            }
        }
        // Dates are whole days in Vietnam time: "đến ngày 5/3" includes all of 5/3.
        return Problems.Count > 0 ? null : new SearchFilters(
            categoryIds,
            from is { } f ? VietnamTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)) : null,
            to is { } t ? VietnamTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null);
    }

    private DateOnly? ParseDate(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];
        if (DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Problems.Add($"{label} không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 20/10/2024.");
        return null;
    }
}
