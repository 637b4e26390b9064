using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Contests;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Contests;

/// <summary>
/// A contest's question bank: the questions a page at a time, one form that adds a question or edits the one
/// chosen (<c>?cau=</c>), and the import of a committee's spreadsheet, checked row by row before anything is saved.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class QuestionsModel(ContestEditing contests, QuestionBank bank, QuestionImport import) : PageModel
{
    [BindProperty]
    public QuestionForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "cau")]
    public int? QuestionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public Contest Contest { get; private set; } = null!;
    public Paged<ContestQuestion> Questions { get; private set; } = null!;
    public QuestionImportReport? Report { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (QuestionId is { } questionId)
        {
            if (await bank.FindAsync(id, questionId, HttpContext.RequestAborted) is not { } question)
            {
                return NotFound();
            }
            Form = QuestionForm.Of(question);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var errors = await bank.SaveAsync(id, QuestionId, Form.ToFields(), User.ToActor(), HttpContext.RequestAborted);
        if (errors.IsEmpty)
        {
            Notice = QuestionId is null ? "Đã thêm câu hỏi." : "Đã lưu câu hỏi.";
            return RedirectToPage(new { id, cau = (int?)null });
        }
        ModelState.AddFieldErrors(errors);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int questionId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Notice = await bank.DeleteAsync(id, questionId, User.ToActor(), HttpContext.RequestAborted) ?? "Đã xóa câu hỏi.";
        return RedirectToPage(new { id, cau = (int?)null });
    }

    /// <summary>"Kiểm tra tệp" (<paramref name="save"/> false) reports every row; "Nhập câu hỏi" also saves them when every row is right.</summary>
    public async Task<IActionResult> OnPostImportAsync(int id, IFormFile? sheet, bool save)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (sheet is null || sheet.Length == 0)
        {
            ModelState.AddModelError("sheet", "Vui lòng chọn tệp Excel (.xlsx) chứa câu hỏi.");
            return Page();
        }
        await using var stream = sheet.OpenReadStream();
        Report = await import.RunAsync(id, stream, save, User.ToActor(), HttpContext.RequestAborted);
        if (Report.Imported > 0)
        {
            Notice = $"Đã nhập {Report.Imported} câu hỏi.";
            return RedirectToPage(new { id, cau = (int?)null });
        }
        return Page();
    }

    public IActionResult OnGetTemplate() =>
        File(QuestionImport.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-cau-hoi-thi.xlsx");

    private async Task<bool> LoadAsync(int id)
    {
        Contest = (await contests.FindAsync(id, HttpContext.RequestAborted))!;
        if (Contest is null)
        {
            return false;
        }
        Questions = await bank.PageAsync(id, Math.Max(1, PageNumber), HttpContext.RequestAborted);
        return true;
    }
}

/// <summary>The question form; its properties carry <see cref="QuestionFields"/>' names.</summary>
public sealed class QuestionForm
{
    public string Text { get; set; } = "";
    public string OptionA { get; set; } = "";
    public string OptionB { get; set; } = "";
    public string OptionC { get; set; } = "";
    public string OptionD { get; set; } = "";
    public string CorrectOption { get; set; } = "";
    public string Explanation { get; set; } = "";

    public static QuestionForm Of(ContestQuestion question) => new()
    {
        Text = question.Text,
        OptionA = question.OptionA,
        OptionB = question.OptionB,
        OptionC = question.OptionC,
        OptionD = question.OptionD,
        CorrectOption = ContestQuestion.Letter(question.CorrectOption).ToString(),
        Explanation = question.Explanation,
    };

    public QuestionFields ToFields() => new(Text, OptionA, OptionB, OptionC, OptionD, CorrectOption, Explanation);
}
