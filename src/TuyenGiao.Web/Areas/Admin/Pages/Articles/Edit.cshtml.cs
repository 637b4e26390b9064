using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Content;
using TuyenGiao.Media;
using TuyenGiao.Topics;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Hosting;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// Writing an article (New.cshtml for a new one, Edit.cshtml for a saved one): one form, whose buttons save, send for review,
/// publish, schedule, unpublish, preview or upload an image, and under it the review's thread (return with a comment, comment).
/// Every path that does not end in a saved article re-shows the form with all that was typed. What the account may do is
/// decided by <see cref="ArticleEditing"/> and <see cref="ArticleReview"/>; the buttons only follow it.
/// </summary>
[Authorize(Policy = Policies.Writing)]
public sealed class EditModel(
    NewsroomArticles articles, ArticleEditing editing, ArticleReview review, ArticleAccess access, ArticlePreview preview,
    SiteCategories categories, ImageUploads uploads, NewsroomAlbums albums, TopicEditing topics, MarkdownRenderer renderer,
    ArticleAutosaves autosaves, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    /// <summary>Where an uploaded image goes: "body" appends it to the Markdown, "cover" makes it the cover.</summary>
    [BindProperty]
    public string? UploadTarget { get; set; }

    /// <summary>A line for the review thread (required to return an article).</summary>
    [BindProperty]
    public string? Comment { get; set; }

    public int? Id { get; private set; }
    public Article? Saved { get; private set; }
    public EditorialRights Rights { get; private set; } = null!;
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Albums { get; private set; } = [];

    /// <summary>The special topics an editor may tick the article into.</summary>
    public IReadOnlyList<SpecialTopic> Topics { get; private set; } = [];

    /// <summary>A change to the published article waiting for review (or returned), which the form shows instead of the live text.</summary>
    public ArticlePendingEdit? PendingEdit { get; private set; }
    public IReadOnlyList<ArticleComment> Thread { get; private set; } = [];

    public Article? Preview { get; private set; }

    /// <summary>The writer's autosave of this article when it holds other text than the page opens with: the desk offers it back.</summary>
    public ArticleAutosave? Autosave { get; private set; }

    /// <summary>The autosave for the desk's script, in the shape it keeps its own copy in the browser.</summary>
    public string? AutosaveJson => Autosave is { } autosave
        ? JsonSerializer.Serialize(new { title = autosave.Title, sapo = autosave.Sapo, body = autosave.BodyMarkdown, at = autosave.SavedAt })
        : null;

    /// <summary>The writing desk's editor places its toolbar and popups with style attributes.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        Response.Headers.ContentSecurityPolicy = SecurityHeaders.WritingDeskPolicy;

    /// <summary>Set by a save for the page it redirects to.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Said about an upload on the very response that re-shows the form.</summary>
    public string? UploadNotice { get; private set; }

    /// <summary>Whether this account can change the article at all (a contributor's waiting or taken-down article is read-only).</summary>
    public bool CanEdit => Saved is null || Rights.MayPublish || ArticleAccess.ContributorMayEdit(Saved.Status);

    /// <summary>A contributor editing what readers see: the save waits for review beside the live article.</summary>
    public bool ChangesWaitForReview => !Rights.MayPublish && Saved?.Status is ArticleStatus.Published or ArticleStatus.Scheduled;

    public bool CanReturn => Rights.MayPublish && (Saved?.Status == ArticleStatus.Pending || PendingEdit is { IsReturned: false });

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Saved is not null)
        {
            Form = ArticleForm.From(Saved, PendingEdit?.ReadContent());
            Form.TopicIds = await topics.OfArticleAsync(Saved.Id, HttpContext.RequestAborted);
        }
        if (Rights.Actor.UserId is { } userId
            && await autosaves.FindAsync(userId, id ?? ArticleAutosave.NewArticle, HttpContext.RequestAborted) is { } autosave
            && (autosave.Title, autosave.Sapo, autosave.BodyMarkdown) != (Form.Title, Form.Sapo ?? "", Form.BodyMarkdown))
        {
            Autosave = autosave;
        }
        return Page();
    }

    /// <summary>
    /// The writing desk's autosave while the text is typed (not a save: no revision, nothing published, seen
    /// by no one else). Answers the moment it was kept, or why it was not; a sign-in that has expired gets 401.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int? id, string? title, string? sapo, string? markdown)
    {
        Rights = User.ToRights();
        if (Rights.Actor.UserId is not { } userId)
        {
            return Forbid();
        }
        if (id is { } existing)
        {
            var opened = await articles.OpenAsync(existing, Rights, HttpContext.RequestAborted);
            if (opened.Article is null)
            {
                return opened.Forbidden ? Forbid() : NotFound();
            }
            Saved = opened.Article;
            if (!CanEdit)
            {
                return Forbid();
            }
        }
        var (kept, errors) = await autosaves.KeepAsync(userId, id ?? ArticleAutosave.NewArticle, title, sapo, markdown, HttpContext.RequestAborted);
        return kept is null
            ? new JsonResult(new { error = string.Join(" ", errors.Select(e => e.Value)) }) { StatusCode = StatusCodes.Status400BadRequest }
            : new JsonResult(new { savedAt = kept.SavedAt });
    }

    /// <summary>The writer chose the text the article opened with over the autosave the desk offered.</summary>
    public async Task<IActionResult> OnPostForgetAutosaveAsync(int? id)
    {
        if (User.ToRights().Actor.UserId is not { } userId)
        {
            return Forbid();
        }
        await autosaves.ForgetAsync(userId, id ?? ArticleAutosave.NewArticle, HttpContext.RequestAborted);
        return new NoContentResult();
    }

    /// <summary>
    /// A form token for the account signed in now: after signing in again in another tab, the desk's page
    /// still holds the old account session's token, which no post would pass with.
    /// </summary>
    public IActionResult OnGetToken([FromServices] IAntiforgery antiforgery) =>
        new JsonResult(new { token = antiforgery.GetAndStoreTokens(HttpContext).RequestToken });

    public Task<IActionResult> OnPostSaveAsync(int? id) => SaveAsync(id, PublishChoice.Keep);

    public Task<IActionResult> OnPostSubmitAsync(int? id) => SaveAsync(id, PublishChoice.Submit);

    public Task<IActionResult> OnPostPublishAsync(int? id) => SaveAsync(id, PublishChoice.Publish);

    public Task<IActionResult> OnPostScheduleAsync(int? id) => SaveAsync(id, PublishChoice.Schedule);

    public Task<IActionResult> OnPostUnpublishAsync(int? id) => SaveAsync(id, PublishChoice.Unpublish);

    public Task<IActionResult> OnPostReturnAsync(int id) =>
        ThreadAsync(id, review.ReturnAsync(id, Comment, User.ToRights(), HttpContext.RequestAborted), "Đã trả lại bài cho người viết, kèm ý kiến của bạn.");

    public Task<IActionResult> OnPostCommentAsync(int id) =>
        ThreadAsync(id, review.CommentAsync(id, Comment, User.ToRights(), HttpContext.RequestAborted), "Đã thêm ý kiến.");

    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
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
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
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
        var rights = User.ToRights();
        var result = id is { } existing
            ? await editing.SaveAsync(existing, save, rights, HttpContext.RequestAborted)
            : await editing.CreateAsync(save, rights, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                // A change kept aside for review leaves the live article's topics as they are, like its text.
                if (!result.WaitsForReview)
                {
                    await topics.SetForArticleAsync(result.Article!.Id, Form.TopicIds, result.Article.Title, rights.Actor, HttpContext.RequestAborted);
                }
                if (rights.Actor.UserId is { } userId)
                {
                    // The text is saved now; a new article's autosave has become this article.
                    await autosaves.ForgetAsync(userId, id ?? ArticleAutosave.NewArticle, HttpContext.RequestAborted);
                }
                Notice = result.WaitsForReview
                    ? "Đã gửi thay đổi để duyệt. Trang công khai vẫn hiện bản đã duyệt cho đến khi biên tập viên duyệt thay đổi này."
                    : SavedNotice(result.Article!);
                return RedirectToPage("Edit", new { id = result.Article!.Id });
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Forbidden:
                return Forbid();
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

    /// <summary>A step of the thread: on success back to the article; otherwise the article's form as saved, the comment as typed.</summary>
    private async Task<IActionResult> ThreadAsync(int id, Task<SaveResult> step, string notice)
    {
        var result = await step;
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                Notice = notice;
                return RedirectToPage("Edit", new { id });
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Forbidden:
                return Forbid();
        }
        ModelState.Clear();
        ModelState.AddFieldErrors(result.Errors, prefix: null);
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Form = ArticleForm.From(Saved!, PendingEdit?.ReadContent());
        Form.TopicIds = await topics.OfArticleAsync(id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The writing desk's live preview: the body through the pipeline the public page uses, and nothing saved.</summary>
    public IActionResult OnPostRender(string? markdown) => Content(renderer.RenderSafeHtml(markdown ?? ""), "text/html; charset=utf-8");

    /// <summary>Where a button posts: this same page (New.cshtml or Edit.cshtml, which share this model) and the button's handler.</summary>
    public string HandlerUrl(string handler) => Url.Page(Id is null ? "New" : "Edit", handler, new { id = Id })!;

    /// <summary>Re-shows the form as posted; what the page shows around it is loaded only then, not for a save that redirects.</summary>
    private async Task<IActionResult> ShowFormAsync(int? id) => await LoadAsync(id) ?? Page();

    /// <summary>Null when the page can be shown; otherwise what to answer (not found, or not this account's article).</summary>
    private async Task<IActionResult?> LoadAsync(int? id)
    {
        Id = id;
        Rights = User.ToRights();
        if (id is not null)
        {
            var opened = await articles.OpenAsync(id.Value, Rights, HttpContext.RequestAborted);
            if (opened.Article is null)
            {
                return opened.Forbidden ? Forbid() : NotFound();
            }
            Saved = opened.Article;
            PendingEdit = await review.PendingEditAsync(id.Value, HttpContext.RequestAborted);
            Thread = await review.ThreadAsync(id.Value, HttpContext.RequestAborted);
        }
        Categories = await access.ChoicesAsync(Rights, HttpContext.RequestAborted);
        Albums = await albums.ChoicesAsync(HttpContext.RequestAborted);
        Topics = await topics.AllAsync(HttpContext.RequestAborted);
        return null;
    }

    private static string SavedNotice(Article article) => article.Status switch
    {
        ArticleStatus.Published => "Đã lưu. Bài viết đang hiện trên trang công khai.",
        ArticleStatus.Scheduled => $"Đã lưu. Bài viết sẽ tự động đăng lúc {NewsroomTime.Format(article.PublishedAt!.Value)}.",
        ArticleStatus.Unpublished => "Đã lưu. Bài viết đã được gỡ khỏi trang công khai.",
        ArticleStatus.Pending => "Đã gửi bài để duyệt. Biên tập viên sẽ duyệt, hoặc trả lại kèm ý kiến.",
        ArticleStatus.Returned => "Đã lưu. Khi sửa xong, bấm \"Gửi duyệt\" để gửi lại.",
        _ => "Đã lưu bản nháp.",
    };
}
