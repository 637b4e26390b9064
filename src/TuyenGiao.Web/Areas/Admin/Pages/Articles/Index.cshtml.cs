using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

[Authorize(Policy = Policies.Writing)]
public sealed class IndexModel(NewsroomArticles articles, ArticleAccess access, AccountAdministration accounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "chuyen-muc")]
    public int? CategoryId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tac-gia")]
    public string? AuthorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public Paged<NewsroomRow> Articles { get; private set; } = null!;
    public IReadOnlyDictionary<ArticleStatus, int> Counts { get; private set; } = null!;
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Authors { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // An unreadable filter value (a hand-edited URL) lists everything rather than failing.
        ModelState.Clear();
        var filter = new NewsroomFilter(Status, CategoryId, AuthorId, Text);
        var rights = User.ToRights();
        Articles = await articles.PageAsync(filter, rights, Math.Max(1, PageNumber), HttpContext.RequestAborted);
        Counts = await articles.CountByStatusAsync(filter, rights, HttpContext.RequestAborted);
        Categories = await access.ChoicesAsync(rights, HttpContext.RequestAborted);
        Authors = await accounts.NamesAsync(HttpContext.RequestAborted);
    }

    /// <summary>This list's URL with one filter changed; changing a filter goes back to page 1.</summary>
    public string UrlWith(ArticleStatus? status = null, bool clearStatus = false, int page = 1)
    {
        var query = new Dictionary<string, string?>
        {
            ["trang-thai"] = clearStatus ? null : (status ?? Status)?.ToString(),
            ["chuyen-muc"] = CategoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tac-gia"] = AuthorId,
            ["q"] = Text,
            ["trang"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Url.PageWithQuery("Index", query);
    }
}
