using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Captcha;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Captcha;

/// <summary>The questions readers who cannot see the captcha's image are asked: the board's own are the strong ones.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(CaptchaQuestionPool pool) : PageModel
{
    /// <summary>Fewer than this, and a script that has seen the page a few times knows every answer.</summary>
    public const int SuggestedMinimum = 20;

    [BindProperty]
    public QuestionForm Form { get; set; } = new();

    public IReadOnlyList<CaptchaQuestion> Questions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Questions = await pool.AllAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await pool.AddAsync(Form.Question, Form.Answers, User.ToActor(), HttpContext.RequestAborted);
        if (errors.IsEmpty)
        {
            Notice = "Đã thêm câu hỏi.";
            return RedirectToPage();
        }
        ModelState.AddFieldErrors(errors);
        Questions = await pool.AllAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        Notice = await pool.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa câu hỏi." : "Câu hỏi không còn tồn tại.";
        return RedirectToPage();
    }
}
