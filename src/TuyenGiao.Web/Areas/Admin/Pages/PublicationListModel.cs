using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Areas.Admin.Pages;

/// <summary>
/// The newsroom's list of albums or of films: status tabs (all, drafts, published), a title filter without
/// tones, pages; the filters stay in the URL.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public abstract class PublicationListModel<TRow> : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public PublicationFilter? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public Paged<TRow> Rows { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // An unreadable filter value (a hand-edited URL) lists everything rather than failing.
        ModelState.Clear();
        Rows = await PageAsync(Status.IsPublished(), Text, Math.Max(1, PageNumber), HttpContext.RequestAborted);
    }

    protected abstract Task<Paged<TRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken);

    public Pager Pager => new(Rows.Page, Rows.PageCount, page => Url.PageWithQuery("Index", Query(Status, page)));

    public string UrlWith(PublicationFilter? status) => Url.PageWithQuery("Index", Query(status, 1));

    private Dictionary<string, string?> Query(PublicationFilter? status, int page) => new()
    {
        ["trang-thai"] = status?.ToString(),
        ["q"] = Text,
        ["trang"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };
}
