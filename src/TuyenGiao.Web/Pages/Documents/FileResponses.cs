using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Documents;
using TuyenGiao.Text;

namespace TuyenGiao.Web.Pages.Documents;

/// <summary>How a document's file goes out, to readers and to the newsroom alike.</summary>
public static class FileResponses
{
    /// <summary>Scripts, styles and frames of its own are refused; the PDF viewer (an object of the site) is not.</summary>
    private const string FilePolicy = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    public static IActionResult Inline(PageModel page, string path, DocumentFile file)
    {
        // The name as the board wrote it (RFC 5987), and without tones for the rare client that reads only the plain form.
        var plain = new string(VietnameseText.RemoveDiacritics(file.FileName).Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray());
        var disposition = new ContentDispositionHeaderValue("inline") { FileName = $"\"{plain}\"", FileNameStar = file.FileName };
        var headers = page.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.ContentSecurityPolicy = FilePolicy;
        headers.XContentTypeOptions = "nosniff";
        return new PhysicalFileResult(path, file.Format.ContentType()) { EnableRangeProcessing = true };
    }
}
