using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Documents;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Documents;

/// <summary>
/// A series ("Tài liệu sinh hoạt chi bộ" by month, "Bản tin tuyên giáo" by issue): its issues, newest
/// first, each with its document's page and file. A link with an old slug redirects to the current one.
/// </summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class SeriesModel(PublishedDocuments documents) : PageModel
{
    private const int PageSize = 20;

    [FromQuery(Name = SiteUrls.PageQueryKey)]
    public int PageNumber { get; set; } = 1;

    public DocumentLabel Series { get; private set; } = null!;
    public Paged<DocumentCard> Issues { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string seriesSlug, int id, CancellationToken cancellationToken)
    {
        if (PageNumber < 1 || await documents.FindSeriesAsync(id, cancellationToken) is not { } series)
        {
            return NotFound();
        }
        if (seriesSlug != TuyenGiao.Text.Slug.FromTitle(series.Name))
        {
            return RedirectPermanent(SiteUrls.ListPage(SiteUrls.Series(series), PageNumber));
        }
        Series = series;
        Issues = await documents.PageAsync(DocumentFilter.None with { SeriesId = id }, PageNumber, PageSize, cancellationToken);
        return PageNumber > Math.Max(1, Issues.PageCount) ? NotFound() : Page();
    }
}
