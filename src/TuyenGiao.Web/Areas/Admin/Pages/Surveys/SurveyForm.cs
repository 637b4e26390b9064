using TuyenGiao.Surveys;
using TuyenGiao.Time;

namespace TuyenGiao.Web.Areas.Admin.Pages.Surveys;

/// <summary>The survey form; its properties carry <see cref="SurveyFields"/>' names, so the domain's messages land beside them.</summary>
public sealed class SurveyForm
{
    /// <summary>Rows a new survey starts with; "Thêm câu hỏi" adds one at a time.</summary>
    public const int BlankRowsToStart = 3;

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public bool IsPublished { get; set; }
    public List<SurveyQuestionForm> Questions { get; set; } = [];

    public static SurveyForm Blank(DateOnly today) => new()
    {
        OpensOn = today,
        ClosesOn = today.AddDays(30),
        Questions = [.. Enumerable.Range(0, BlankRowsToStart).Select(_ => new SurveyQuestionForm())],
    };

    public static SurveyForm Of(Survey survey) => new()
    {
        Title = survey.Title,
        Description = survey.Description,
        OpensOn = VietnamTime.Today(survey.OpensAt),
        ClosesOn = survey.ClosesAt is { } closes ? ShowingDays.LastDay(closes) : null,
        IsPublished = survey.IsPublished,
        Questions = [.. survey.Questions.Select(q => new SurveyQuestionForm { Text = q.Text, Kind = q.Kind, Choices = q.Choices, IsRequired = q.IsRequired })],
    };

    public SurveyFields ToFields() => new(
        Title, Description, OpensOn, ClosesOn, IsPublished,
        [.. Questions.Select(q => new SurveyQuestionFields(q.Text, q.Kind, q.Choices, q.IsRequired))]);
}

public sealed class SurveyQuestionForm
{
    public string Text { get; set; } = "";
    public SurveyQuestionKind Kind { get; set; }
    public string Choices { get; set; } = "";
    public bool IsRequired { get; set; }
}

public static class SurveyQuestionKindNames
{
    public static string Of(SurveyQuestionKind kind) => kind switch
    {
        SurveyQuestionKind.SingleChoice => "Chọn một",
        SurveyQuestionKind.MultipleChoice => "Chọn nhiều",
        SurveyQuestionKind.Scale => "Thang điểm 1–5",
        SurveyQuestionKind.FreeText => "Trả lời tự do",
        _ => kind.ToString(),
    };
}
