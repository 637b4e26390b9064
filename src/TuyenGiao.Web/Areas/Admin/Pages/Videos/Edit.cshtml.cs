using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Content;
using TuyenGiao.Media;
using TuyenGiao.Videos;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Videos;

/// <summary>
/// Making a video (New.cshtml) and editing one (Edit.cshtml). The film's file is sent on its own to
/// <see cref="UploadModel"/>, which streams it to disk; this form holds everything else, and its poster.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class EditModel(NewsroomVideos videos, VideoEditing editing, VideoFileUploads files, ImageUploads images, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VideoForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public Video? Saved { get; private set; }
    public long MaxFileBytes => files.MaxBytes;

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Said about a poster upload on the very response that re-shows the form.</summary>
    public string? PosterNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Saved is null ? VideoForm.New(clock) : VideoForm.From(Saved);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id) => SaveAsync(id, PublicationChoice.Keep);

    public Task<IActionResult> OnPostPublishAsync(int id) => SaveAsync(id, PublicationChoice.Publish);

    public Task<IActionResult> OnPostUnpublishAsync(int id) => SaveAsync(id, PublicationChoice.Unpublish);

    /// <summary>The poster goes through the image pipeline; the form comes back as typed, with the poster set.</summary>
    public async Task<IActionResult> OnPostPosterAsync(int? id, IFormFile? upload)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        var result = await images.SaveFormFileAsync(upload, User.ToActor(), HttpContext.RequestAborted);
        if (result.Image is { } image)
        {
            Form.PosterUrl = image.Url;
            PosterNotice = "Đã tải ảnh poster lên. Bấm Lưu để giữ thay đổi.";
        }
        ModelState.AddFieldErrors(result.Errors, prefix: null);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id)
    {
        if (!await editing.RemoveFileAsync(id, User.ToActor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }
        Notice = "Đã xóa tệp phim.";
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        if (confirm && await editing.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted))
        {
            Notice = "Đã xóa phim và các tệp của nó.";
            return RedirectToPage("Index");
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        Form = VideoForm.From(Saved!);
        ModelState.AddModelError("confirm", "Hãy đánh dấu ô xác nhận trước khi xóa.");
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int? id, PublicationChoice choice)
    {
        if (!ModelState.IsValid)
        {
            return await ShowFormAsync(id);
        }
        var result = id is { } existing
            ? await editing.SaveAsync(existing, Form.ToFields(), choice, User.ToActor(), HttpContext.RequestAborted)
            : await editing.CreateAsync(Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not { } video)
        {
            if (result == EditResult<Video>.NotFound)
            {
                return NotFound();
            }
            ModelState.AddFieldErrors(result.Errors);
            return await ShowFormAsync(id);
        }
        Notice = choice switch
        {
            PublicationChoice.Publish => "Đã xuất bản phim.",
            PublicationChoice.Unpublish => "Đã gỡ phim khỏi trang công khai.",
            _ when id is null => "Đã tạo phim. Bây giờ hãy tải tệp phim lên hoặc dán địa chỉ YouTube.",
            _ => video.IsPublished ? "Đã lưu. Phim đang hiện trên trang công khai." : "Đã lưu bản nháp.",
        };
        return RedirectToPage("Edit", new { id = video.Id });
    }

    public string HandlerUrl(string handler) => Url.Page(Id is null ? "New" : "Edit", handler, new { id = Id })!;

    private async Task<IActionResult> ShowFormAsync(int? id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int? id)
    {
        Id = id;
        if (id is null)
        {
            return true;
        }
        Saved = await videos.FindAsync(id.Value, HttpContext.RequestAborted);
        return Saved is not null;
    }
}
