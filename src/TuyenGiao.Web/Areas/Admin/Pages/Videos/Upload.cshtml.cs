using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Accounts;
using TuyenGiao.Videos;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;

namespace TuyenGiao.Web.Areas.Admin.Pages.Videos;

/// <summary>
/// Takes a film's file and streams it to disk as it arrives (<see cref="VideoFileUploads"/>). The
/// request is read here as a multipart stream rather than as a form, which the framework would buffer
/// whole and cap at 128 MB; so the antiforgery token is checked here too, from the header the page's
/// script sends, or from the form field that comes before the file when the form is sent without it.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
[IgnoreAntiforgeryToken]
[StreamedUpload]
public sealed class UploadModel(
    NewsroomVideos videos, VideoEditing editing, VideoFileUploads files, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions) : PageModel
{
    /// <summary>
    /// Room for the multipart boundaries and the token field around the file, and for what Kestrel takes
    /// in from the socket ahead of the page (up to its 1 MB request buffer) and counts against the limit:
    /// the file's own limit must be what stops an oversized film, with a message beside the field, before
    /// the server's limit on the whole request does.
    /// </summary>
    private const long EnvelopeBytes = 4 * 1024 * 1024;

    public Video Video { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await videos.FindAsync(id, HttpContext.RequestAborted) is not { } video)
        {
            return NotFound();
        }
        Video = video;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await videos.FindAsync(id, HttpContext.RequestAborted) is not { } video)
        {
            return NotFound();
        }
        Video = video;
        if (Request.ContentLength > files.MaxBytes + EnvelopeBytes)
        {
            return Refused(files.TooLarge(null));
        }
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var contentType)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Refused("Vui lòng chọn một tệp phim (MP4 hoặc WebM) để tải lên.");
        }
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = files.MaxBytes + EnvelopeBytes;
        }
        try
        {
            return await ReadAsync(new MultipartReader(boundary, Request.Body));
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(files.TooLarge(null));
        }
        catch (Exception exception) when (exception is IOException or BadHttpRequestException or InvalidDataException)
        {
            // Cut off, or not a well-formed upload: VideoFileUploads has already removed what it wrote.
            return Refused("Tệp chưa tải lên trọn vẹn (có thể do mất kết nối), nên chưa lưu gì. Hãy thử lại.");
        }
    }

    private async Task<IActionResult> ReadAsync(MultipartReader reader)
    {
        var options = antiforgeryOptions.Value;
        var tokenChecked = false;
        if (Request.Headers.ContainsKey(options.HeaderName!))
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
            tokenChecked = true;
        }
        while (await reader.ReadNextSectionAsync(HttpContext.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            if (string.IsNullOrEmpty(fileName))
            {
                if (!tokenChecked && HeaderUtilities.RemoveQuotes(disposition.Name).Value == options.FormFieldName)
                {
                    using var text = new StreamReader(section.Body, leaveOpen: true);
                    var token = new char[1024];
                    var length = await text.ReadBlockAsync(token, HttpContext.RequestAborted);
                    Request.Headers[options.HeaderName!] = new string(token, 0, length);
                    await antiforgery.ValidateRequestAsync(HttpContext);
                    tokenChecked = true;
                }
                continue;
            }
            if (!tokenChecked)
            {
                return BadRequest();
            }
            var result = await files.SaveAsync(section.Body, fileName, HttpContext.RequestAborted);
            if (result.File is not { } stored)
            {
                return Refused(result.Error!);
            }
            if (!await editing.AttachFileAsync(Video.Id, stored, User.ToActor(), HttpContext.RequestAborted))
            {
                return NotFound();
            }
            const string done = "Đã tải tệp phim lên.";
            if (WantsJson)
            {
                return new JsonResult(new { notice = done, editUrl = Url.Page("Edit", new { id = Video.Id }) });
            }
            TempData["Notice"] = done;
            return RedirectToPage("Edit", new { id = Video.Id });
        }
        return Refused("Vui lòng chọn một tệp phim (MP4 hoặc WebM) để tải lên.");
    }

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private IActionResult Refused(string message)
    {
        if (WantsJson)
        {
            return new JsonResult(new { error = message }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        Error = message;
        return Page();
    }
}
