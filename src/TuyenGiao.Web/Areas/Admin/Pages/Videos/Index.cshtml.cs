using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Videos;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Areas.Admin.Pages.Videos;

[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(NewsroomVideos videos) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public PublicationFilter? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public Paged<NewsroomVideoRow> Videos { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // An unreadable filter value (a hand-edited URL) lists everything rather than failing.
        ModelState.Clear();
        Videos = await videos.PageAsync(Status.IsPublished(), Text, Math.Max(1, PageNumber), HttpContext.RequestAborted);
    }

    public Pager Pager => new(Videos.Page, Videos.PageCount, page => Url.PageWithQuery("Index", Query(Status, page)));

    public string UrlWith(PublicationFilter? status) => Url.PageWithQuery("Index", Query(status, 1));

    private Dictionary<string, string?> Query(PublicationFilter? status, int page) => new()
    {
        ["trang-thai"] = status?.ToString(),
        ["q"] = Text,
        ["trang"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };
}
