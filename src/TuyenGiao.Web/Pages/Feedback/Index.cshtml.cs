using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Articles;
using TuyenGiao.Captcha;
using TuyenGiao.Feedback;
using TuyenGiao.Web.Feedback;
using TuyenGiao.Web.Hosting;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Pages.Feedback;

/// <summary>
/// The contact form (<c>Index.cshtml</c>, /lien-he) and an article's feedback form (<c>Article.cshtml</c>,
/// /phan-hoi/{id}), which the article page also shows inline and posts there. Every way back to the form keeps what was typed.
/// </summary>
// No antiforgery token: the form sits on article pages that must be cacheable for everyone, and a token
// would make each copy personal. The single-use captcha, named only by a SameSite=Strict cookie, already
// makes a post from another site fail.
[IgnoreAntiforgeryToken]
[TypeFilter<ReaderFormLimits.PageFilter>(Arguments = [ReaderFormLimits.RequestKind.Submission])]
public sealed class IndexModel(FeedbackIntake intake, Captchas captchas, PublishedArticles articles) : PageModel
{
    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    /// <summary>The article the feedback is about; none for the contact page.</summary>
    public Article? Article { get; private set; }

    public string? TextQuestion { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? articleId)
    {
        return await LoadArticleAsync(articleId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? articleId)
    {
        if (!await LoadArticleAsync(articleId))
        {
            return NotFound();
        }
        // The binder's own complaints (none expected: every field is optional to it) give way to the intake's.
        ModelState.Clear();
        var outcome = await intake.SubmitAsync(Form.ToSubmission(articleId, CaptchaCookie.Read(Request)), HttpContext.RequestAborted);
        if (outcome.Stored)
        {
            return RedirectToPage("Sent", new { bai = articleId });
        }
        ModelState.AddFieldErrors(outcome.Errors);
        Form.CaptchaAnswer = null;
        return Page();
    }

    /// <summary>Without JavaScript, "Đổi mã khác" posts the form here: same fields, a fresh image.</summary>
    public async Task<IActionResult> OnPostNewImageAsync(int? articleId)
    {
        ModelState.Clear();
        Form.CaptchaAnswer = null;
        return await LoadArticleAsync(articleId) ? Page() : NotFound();
    }

    /// <summary>For readers who cannot see the image: the same form, with a question in words.</summary>
    public async Task<IActionResult> OnPostTextQuestionAsync(int? articleId)
    {
        ModelState.Clear();
        Form.CaptchaAnswer = null;
        if (!await LoadArticleAsync(articleId))
        {
            return NotFound();
        }
        if (await captchas.IssueQuestionAsync(HttpContext.RequestAborted) is { } issued)
        {
            CaptchaCookie.Set(Response, issued.Id);
            TextQuestion = issued.Question;
        }
        else
        {
            ModelState.AddModelError("Form.CaptchaAnswer", "Hiện chưa có câu hỏi bằng chữ. Xin nhập mã trong ảnh, hoặc gọi điện hay gửi thư cho Ban theo địa chỉ ở cuối trang.");
        }
        return Page();
    }

    private async Task<bool> LoadArticleAsync(int? articleId)
    {
        if (articleId is not { } id)
        {
            return true;
        }
        Article = await articles.FindAsync(id, HttpContext.RequestAborted);
        return Article is not null;
    }
}
