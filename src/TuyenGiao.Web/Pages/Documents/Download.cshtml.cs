using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Counters;
using TuyenGiao.Documents;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Documents;

/// <summary>
/// A document's file, counted as a download. Sent with the type its content was found to be, its
/// Vietnamese name (RFC 5987), inline so that a PDF opens in the browser's viewer, and a policy that
/// lets nothing in it run even if a browser were to read it as a page.
/// </summary>
[CountsVisits(ViewedIdRouteKey = "fileId", Viewed = ViewedKind.DocumentDownload)]
public sealed class DownloadModel(PublishedDocuments documents, DocumentStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int fileId, string fileName, CancellationToken cancellationToken)
    {
        if (await documents.FindFileAsync(fileId, cancellationToken) is not { } file || storage.PathOf(file.StoredName) is not { } path || !System.IO.File.Exists(path))
        {
            return NotFound();
        }
        if (fileName != file.FileName)
        {
            return RedirectPermanent(SiteUrls.DocumentFile(file.Id, file.FileName));
        }
        return FileResponses.Inline(this, path, file);
    }
}
