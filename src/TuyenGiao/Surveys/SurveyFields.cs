namespace TuyenGiao.Surveys;

/// <summary>What the survey form sends. A question left without text is left out.</summary>
public sealed record SurveyFields(
    string Title, string Description, DateOnly? OpensOn, DateOnly? ClosesOn, bool IsPublished, IReadOnlyList<SurveyQuestionFields> Questions);

/// <summary>One question of the form; <see cref="Choices"/> one a line, for the two choice kinds.</summary>
public sealed record SurveyQuestionFields(string Text, SurveyQuestionKind Kind, string Choices, bool IsRequired)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
