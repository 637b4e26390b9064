using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Feedback;

namespace TuyenGiao.Web.Areas.Admin.Pages.Feedback;

[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(FeedbackInbox inbox) : PageModel
{
    /// <summary>The tab that lists every status but spam.</summary>
    public const string AllTab = "tat-ca";

    public const string TabQueryKey = "trang-thai";

    /// <summary>A status name, <see cref="AllTab"/>, or nothing: new messages, what an editor opens the inbox for.</summary>
    [BindProperty(SupportsGet = true, Name = TabQueryKey)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public FeedbackStatus? Status { get; private set; }
    public Paged<FeedbackRow> Messages { get; private set; } = null!;
    public IReadOnlyDictionary<FeedbackStatus, int> Counts { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ModelState.Clear();
        Status = Tab == AllTab ? null : Enum.TryParse<FeedbackStatus>(Tab, out var status) ? status : FeedbackStatus.New;
        Messages = await inbox.PageAsync(Status, Text, Math.Max(1, PageNumber), HttpContext.RequestAborted);
        Counts = await inbox.CountByStatusAsync(Text, HttpContext.RequestAborted);
    }

    public string UrlWith(string tab, int page = 1) =>
        Url.PageWithQuery("Index", new Dictionary<string, string?>
        {
            [TabQueryKey] = tab,
            ["q"] = Text,
            ["trang"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        });

    public string CurrentTab => Status?.ToString() ?? AllTab;
}
