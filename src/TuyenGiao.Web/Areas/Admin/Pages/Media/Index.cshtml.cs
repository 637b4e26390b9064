using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Content;
using TuyenGiao.Media;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Media;

/// <summary>The image library: recent uploads with their Markdown, and the upload the editor's drag-and-drop calls.</summary>
[Authorize(Policy = Policies.Writing)]
public sealed class IndexModel(ImageUploads uploads) : PageModel
{
    private const int Shown = 60;

    public IReadOnlyList<MediaImage> Images { get; private set; } = [];
    public MediaImage? Uploaded { get; private set; }

    public async Task OnGetAsync() => Images = await uploads.RecentAsync(Shown, HttpContext.RequestAborted);

    /// <summary>For the writing desk's picker: a page of the library (<c>trang</c>), found by part of a file's name or caption (<c>q</c>).</summary>
    public async Task<IActionResult> OnGetPickerAsync(string? q, int trang = 1)
    {
        const int pageSize = 12;
        var page = Math.Clamp(trang, 1, 100_000);
        var (images, total) = await uploads.PageAsync(q, page, pageSize, HttpContext.RequestAborted);
        return new JsonResult(new
        {
            images = images.Select(i => new { url = i.Url, thumbnail = ResponsiveImages.Narrowest(i.Url), name = i.OriginalFileName, caption = i.Caption, uploaded = NewsroomTime.Format(i.UploadedAt) }),
            page,
            pages = Math.Max(1, (total + pageSize - 1) / pageSize),
        });
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload)
    {
        var result = await UploadAsync(upload);
        ModelState.AddFieldErrors(result.Errors, prefix: null);
        Uploaded = result.Image;
        Images = await uploads.RecentAsync(Shown, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>For the editor's drag-and-drop: the Markdown to insert, or the reason the image was refused.</summary>
    public async Task<IActionResult> OnPostJsonAsync(IFormFile? upload)
    {
        var result = await UploadAsync(upload);
        return result.Image is { } image
            ? new JsonResult(new { url = image.Url, markdown = MediaMarkdown.ImageOf(image) })
            : new JsonResult(new { error = result.Error }) { StatusCode = StatusCodes.Status400BadRequest };
    }

    private Task<UploadResult> UploadAsync(IFormFile? upload) =>
        uploads.SaveFormFileAsync(upload, User.ToActor(), HttpContext.RequestAborted);
}
