using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Documents;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Search;

namespace TuyenGiao.Web.Pages.Documents;

/// <summary>
/// "Văn bản": the published documents, newest issued first, filtered by type, issuer, field, year and
/// status, and searched by number or by words inside their files. The filters combine and stay in the URL;
/// a value that names nothing (a hand-edited URL) is ignored rather than refused.
/// </summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(PublishedDocuments documents, DocumentLabels labels, PublicContentMemo memo) : PageModel
{
    private const int PageSize = 20;

    [FromQuery(Name = SearchQueryKeys.Text)]
    public string? Query { get; set; }

    [FromQuery(Name = DocumentQueryKeys.Type)]
    public int? TypeId { get; set; }

    [FromQuery(Name = DocumentQueryKeys.Issuer)]
    public int? IssuerId { get; set; }

    [FromQuery(Name = DocumentQueryKeys.Field)]
    public int? FieldId { get; set; }

    [FromQuery(Name = DocumentQueryKeys.Year)]
    public int? Year { get; set; }

    [FromQuery(Name = DocumentQueryKeys.Status)]
    public DocumentStatus? Status { get; set; }

    [FromQuery(Name = SiteUrls.PageQueryKey)]
    public int PageNumber { get; set; } = 1;

    public Paged<DocumentCard> Documents { get; private set; } = null!;
    public IReadOnlyList<DocumentLabel> Types { get; private set; } = [];
    public IReadOnlyList<DocumentLabel> Issuers { get; private set; } = [];
    public IReadOnlyList<DocumentLabel> Fields { get; private set; } = [];
    public IReadOnlyList<DocumentLabel> Series { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query) || TypeId is not null || IssuerId is not null || FieldId is not null || Year is not null || Status is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber < 1)
        {
            return NotFound();
        }
        // Unreadable values (letters where a number belongs) are dropped, as if the filter were not set.
        foreach (var key in ModelState.Keys.Where(k => ModelState[k]!.Errors.Count > 0).ToList())
        {
            ModelState.Remove(key);
        }
        // The lists and the years change only with the content: kept in memory between changes.
        var all = await memo.GetAsync("document-labels", () => labels.AllAsync(cancellationToken), cancellationToken);
        Types = all.Where(l => l.Kind == DocumentLabelKind.Type).ToList();
        Issuers = all.Where(l => l.Kind == DocumentLabelKind.Issuer).ToList();
        Fields = all.Where(l => l.Kind == DocumentLabelKind.Field).ToList();
        Series = all.Where(l => l.Kind == DocumentLabelKind.Series).ToList();
        Years = await memo.GetAsync("document-years", () => documents.YearsAsync(cancellationToken), cancellationToken);
        var filter = new DocumentFilter(Query, TypeId, IssuerId, FieldId, Year is >= 1 and <= 9999 ? Year : null, Status);
        Documents = await documents.PageAsync(filter, PageNumber, PageSize, cancellationToken);
        return PageNumber > Documents.PageCount ? NotFound() : Page();
    }

    /// <summary>This list with the filters as they are, on another page.</summary>
    public string UrlOfPage(int page) => Url.PageWithQuery("/Documents/Index", new Dictionary<string, string?>
    {
        [SearchQueryKeys.Text] = string.IsNullOrWhiteSpace(Query) ? null : Query,
        [DocumentQueryKeys.Type] = TypeId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [DocumentQueryKeys.Issuer] = IssuerId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [DocumentQueryKeys.Field] = FieldId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [DocumentQueryKeys.Year] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [DocumentQueryKeys.Status] = Status?.ToString(),
        [SiteUrls.PageQueryKey] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    });
}
