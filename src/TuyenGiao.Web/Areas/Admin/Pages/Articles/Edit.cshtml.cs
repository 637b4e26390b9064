using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Media;
using TuyenGiao.Topics;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// Writing an article (New.cshtml for a new one, Edit.cshtml for a saved one): one form, whose buttons save, publish, schedule, unpublish, preview or upload an
/// image. Every path that does not end in a saved article re-shows the form with all that was typed.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class EditModel(
    NewsroomArticles articles, ArticleEditing editing, ArticlePreview preview, SiteCategories categories,
    ImageUploads uploads, NewsroomAlbums albums, TopicEditing topics, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    /// <summary>Where an uploaded image goes: "body" appends it to the Markdown, "cover" makes it the cover.</summary>
    [BindProperty]
    public string? UploadTarget { get; set; }

    public int? Id { get; private set; }
    public Article? Saved { get; private set; }
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Albums { get; private set; } = [];

    /// <summary>The special topics an editor may tick the article into.</summary>
    public IReadOnlyList<SpecialTopic> Topics { get; private set; } = [];

    public Article? Preview { get; private set; }

    /// <summary>Set by a save for the page it redirects to.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Said about an upload on the very response that re-shows the form.</summary>
    public string? UploadNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Saved is not null)
        {
            Form = ArticleForm.From(Saved);
            Form.TopicIds = await topics.OfArticleAsync(Saved.Id, HttpContext.RequestAborted);
        }
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id) => SaveAsync(id, PublishChoice.Keep);

    public Task<IActionResult> OnPostPublishAsync(int? id) => SaveAsync(id, PublishChoice.Publish);

    public Task<IActionResult> OnPostScheduleAsync(int? id) => SaveAsync(id, PublishChoice.Schedule);

    public Task<IActionResult> OnPostUnpublishAsync(int? id) => SaveAsync(id, PublishChoice.Unpublish);

    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var category = await categories.FindAsync(Form.CategoryId ?? 0, HttpContext.RequestAborted);
        if (category is null)
        {
            ModelState.AddModelError("Form.CategoryId", "Vui lòng chọn chuyên mục để xem trước.");
            return Page();
        }
        var publishedAt = Saved?.PublishedAt ?? clock.GetUtcNow().UtcDateTime;
        Preview = preview.Build(Form.ToContent(), category, publishedAt);
        return Page();
    }

    /// <summary>Without JavaScript, an image is uploaded with the whole form, which comes back as it was plus the image.</summary>
    public async Task<IActionResult> OnPostUploadAsync(int? id, IFormFile? upload)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        var result = await uploads.SaveFormFileAsync(upload, User.ToActor(), HttpContext.RequestAborted);
        if (result.Image is not { } image)
        {
            ModelState.AddFieldErrors(result.Errors, prefix: null);
            return Page();
        }
        if (UploadTarget == "cover")
        {
            Form.CoverImageUrl = image.Url;
            UploadNotice = "Đã tải ảnh lên và đặt làm ảnh đại diện. Bấm Lưu để giữ thay đổi.";
        }
        else
        {
            Form.BodyMarkdown = MediaMarkdown.AppendImage(Form.BodyMarkdown, image);
            UploadNotice = "Đã tải ảnh lên và chèn vào cuối nội dung. Bấm Lưu để giữ thay đổi.";
        }
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int? id, PublishChoice choice)
    {
        if (!ModelState.IsValid)
        {
            return await ShowFormAsync(id);
        }
        var save = Form.ToSave(choice);
        var result = id is { } existing
            ? await editing.SaveAsync(existing, save, User.ToActor(), HttpContext.RequestAborted)
            : await editing.CreateAsync(save, User.ToActor(), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                await topics.SetForArticleAsync(result.Article!.Id, Form.TopicIds, result.Article.Title, User.ToActor(), HttpContext.RequestAborted);
                Notice = SavedNotice(result.Article!);
                return RedirectToPage("Edit", new { id = result.Article!.Id });
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                var savedBy = await articles.LastSavedByAsync(id!.Value, HttpContext.RequestAborted);
                ModelState.AddModelError(string.Empty,
                    $"Bài viết đã được {savedBy ?? "người khác"} lưu lúc {NewsroomTime.Format(result.Article!.UpdatedAt)}, sau khi bạn mở nó. "
                    + "Chưa lưu gì của bạn: nội dung bạn gõ vẫn còn nguyên dưới đây. Hãy xem bản hiện tại trong Lịch sử; "
                    + "nếu bấm lưu lại, bản của bạn sẽ thay bản đó (bản đó vẫn được giữ trong Lịch sử).");
                // A second, deliberate save goes through, knowing what it replaces.
                ModelState.Remove("Form.Version");
                Form.Version = result.Article.Version;
                return await ShowFormAsync(id);
            default:
                ModelState.AddFieldErrors(result.Errors);
                return await ShowFormAsync(id);
        }
    }

    /// <summary>Where a button posts: this same page (New.cshtml or Edit.cshtml, which share this model) and the button's handler.</summary>
    public string HandlerUrl(string handler) => Url.Page(Id is null ? "New" : "Edit", handler, new { id = Id })!;

    /// <summary>Re-shows the form as posted; what the page shows around it is loaded only then, not for a save that redirects.</summary>
    private async Task<IActionResult> ShowFormAsync(int? id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int? id)
    {
        Id = id;
        Categories = await categories.AllAsync(HttpContext.RequestAborted);
        Albums = await albums.ChoicesAsync(HttpContext.RequestAborted);
        Topics = await topics.AllAsync(HttpContext.RequestAborted);
        if (id is null)
        {
            return true;
        }
        Saved = await articles.FindAsync(id.Value, HttpContext.RequestAborted);
        return Saved is not null;
    }

    private static string SavedNotice(Article article) => article.Status switch
    {
        ArticleStatus.Published => "Đã lưu. Bài viết đang hiện trên trang công khai.",
        ArticleStatus.Scheduled => $"Đã lưu. Bài viết sẽ tự động đăng lúc {NewsroomTime.Format(article.PublishedAt!.Value)}.",
        ArticleStatus.Unpublished => "Đã lưu. Bài viết đã được gỡ khỏi trang công khai.",
        _ => "Đã lưu bản nháp.",
    };
}
