using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Documents;
using TuyenGiao.Web.Pages.Documents;

namespace TuyenGiao.Web.Areas.Admin.Pages.Documents;

/// <summary>Any file of any document, drafts and replaced files included, for the newsroom; not counted as a download.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class FileModel(NewsroomDocuments documents, DocumentStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int fileId)
    {
        var file = await documents.FindFileAsync(fileId, HttpContext.RequestAborted);
        if (file is null || storage.PathOf(file.StoredName) is not { } path || !System.IO.File.Exists(path))
        {
            return NotFound();
        }
        return FileResponses.Inline(this, path, file);
    }
}
