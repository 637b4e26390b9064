using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Documents;
using TuyenGiao.QrCodes;

namespace TuyenGiao.Web.Areas.Admin.Pages.QrCodes;

/// <summary>
/// The QR code of a published document's or article's canonical address, as SVG or as a PNG for print,
/// downloaded under a name that says what it leads to.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(PublishedDocuments documents, PublishedArticles articles) : PageModel
{
    public const string DocumentKind = "van-ban";
    public const string ArticleKind = "bai-viet";

    public async Task<IActionResult> OnGetAsync(string kind, int id, string format)
    {
        var path = kind switch
        {
            DocumentKind => await documents.FindAsync(id, HttpContext.RequestAborted) is { } document ? SiteUrls.Document(document.Slug, document.Id) : null,
            ArticleKind => await articles.FindAsync(id, HttpContext.RequestAborted) is { } article ? SiteUrls.Article(article.Category!.Slug, article.Slug, article.Id) : null,
            _ => null,
        };
        if (path is null)
        {
            return NotFound();
        }
        var address = SiteUrls.Absolute(Request, path);
        var name = $"ma-qr-{kind}-{id}";
        return format switch
        {
            "svg" => File(System.Text.Encoding.UTF8.GetBytes(QrCodeImages.Svg(address)), "image/svg+xml", $"{name}.svg"),
            "png" => File(QrCodeImages.Png(address), "image/png", $"{name}.png"),
            _ => NotFound(),
        };
    }
}
