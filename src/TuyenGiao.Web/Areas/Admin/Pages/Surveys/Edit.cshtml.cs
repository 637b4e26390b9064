using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Surveys;
using TuyenGiao.Time;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Surveys;

/// <summary>
/// Writing a survey (<c>New.cshtml</c>) and changing one (<c>Edit.cshtml</c>): its text, days and questions.
/// Without JavaScript, "Thêm câu hỏi" posts the form and brings it back with one more empty question.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class EditModel(SurveyEditing surveys, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SurveyForm Form { get; set; } = new();

    /// <summary>The survey being changed; none while writing a new one.</summary>
    public Survey? Survey { get; private set; }

    /// <summary>Once readers have answered, the questions stay as they were.</summary>
    public bool QuestionsFixed => Survey is { ResponseCount: > 0 };

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = Survey is { } survey ? SurveyForm.Of(survey) : SurveyForm.Blank(VietnamTime.Today(clock.GetUtcNow().UtcDateTime));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // A value that would not bind (a date that is no date, an unknown kind) has its message already.
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await surveys.SaveAsync(id, Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is { } saved)
        {
            Notice = id is null ? "Đã tạo khảo sát." : "Đã lưu khảo sát.";
            return RedirectToPage("Edit", new { id = saved.Id });
        }
        if (result.Errors.IsEmpty)
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostAddQuestionAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (!QuestionsFixed && Form.Questions.Count < TuyenGiao.Surveys.Survey.MaxQuestions)
        {
            Form.Questions.Add(new SurveyQuestionForm());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        if (!confirm)
        {
            if (!await LoadAsync(id))
            {
                return NotFound();
            }
            ModelState.Clear();
            Form = SurveyForm.Of(Survey!);
            ModelState.AddModelError("confirm", "Hãy đánh dấu ô xác nhận trước khi xóa khảo sát.");
            return Page();
        }
        Notice = await surveys.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa khảo sát và các câu trả lời của nó." : "Khảo sát không còn tồn tại.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Survey = id is { } surveyId ? await surveys.FindAsync(surveyId, HttpContext.RequestAborted) : null;
        return id is null || Survey is not null;
    }
}
