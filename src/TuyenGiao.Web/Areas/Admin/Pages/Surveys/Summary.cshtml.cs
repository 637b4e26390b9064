using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Surveys;
using TuyenGiao.Text;

namespace TuyenGiao.Web.Areas.Admin.Pages.Surveys;

/// <summary>A survey's results: a chart per question, the latest words typed; and every response as a workbook or CSV.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class SummaryModel(SurveyEditing surveys, SurveySummary summary, SurveyExport export) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public IReadOnlyList<QuestionSummary> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await surveys.FindAsync(id, HttpContext.RequestAborted) is not { } survey)
        {
            return NotFound();
        }
        Survey = survey;
        Questions = await summary.OfAsync(survey, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Every response: <c>?handler=Export&amp;format=csv</c> for CSV, anything else an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(int id, string? format)
    {
        if (await surveys.FindAsync(id, HttpContext.RequestAborted) is not { } survey)
        {
            return NotFound();
        }
        var asCsv = format == "csv";
        var file = new MemoryStream();
        await export.WriteAsync(survey, asCsv, file, HttpContext.RequestAborted);
        file.Position = 0;
        var name = $"khao-sat-{Slug.FromTitle(survey.Title)}.{(asCsv ? "csv" : "xlsx")}";
        return File(file, asCsv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
