using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Documents;

namespace TuyenGiao.Web.Areas.Admin.Pages.QrCodes;

/// <summary>
/// A printable sheet of a meeting's materials: the documents an editor ticks, each with its number, its
/// summary, its address and its QR code, so participants scan instead of receiving paper copies.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class PrintModel(PublishedDocuments documents) : PageModel
{
    private const int Choices = 100;

    [FromQuery(Name = "id")]
    public List<int> Ids { get; set; } = [];

    [FromQuery(Name = "tieu-de")]
    public string? Heading { get; set; }

    public IReadOnlyList<DocumentCard> Latest { get; private set; } = [];
    public IReadOnlyList<DocumentCard> Chosen { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ModelState.Clear();
        Latest = await documents.LatestAsync(Choices, HttpContext.RequestAborted);
        var chosen = Ids.Distinct().Take(Choices).ToList();
        Chosen = await documents.CardsAsync(chosen, HttpContext.RequestAborted);
    }
}
