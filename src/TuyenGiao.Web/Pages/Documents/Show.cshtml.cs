using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Articles;
using TuyenGiao.Counters;
using TuyenGiao.Documents;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Documents;

/// <summary>A document: its fields as a table, its files, what replaced it and what it replaced, its series, the articles about it.</summary>
[CountsVisits(ViewedIdRouteKey = "id", Viewed = ViewedKind.Document)]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedDocuments documents, PublishedArticles articles, PendingCounts pendingCounts) : PageModel
{
    public LegalDocument Document { get; private set; } = null!;
    public IReadOnlyList<DocumentCard> Replaced { get; private set; } = [];
    public IReadOnlyList<ArticleCard> RelatedArticles { get; private set; } = [];
    public long ViewCount { get; private set; }
    public long DownloadCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string documentSlug, int id, CancellationToken cancellationToken)
    {
        if (await documents.FindAsync(id, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        if (document.Slug != documentSlug)
        {
            return RedirectPermanent(SiteUrls.Document(document.Slug, document.Id));
        }
        Document = document;
        Replaced = await documents.ReplacedByAsync(id, cancellationToken);
        RelatedArticles = await articles.RelatedToDocumentAsync(id, cancellationToken);
        ViewCount = document.ViewCount + pendingCounts.ViewsOf(ViewedItem.Document(id));
        DownloadCount = document.DownloadCount + document.Files.Sum(f => pendingCounts.ViewsOf(ViewedItem.DocumentDownload(f.Id)));
        return Page();
    }
}
