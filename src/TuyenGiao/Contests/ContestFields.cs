namespace TuyenGiao.Contests;

/// <summary>What the contest form sends. A round row left without a name is left out.</summary>
public sealed record ContestFields(
    string Name, string Organiser, string RulesMarkdown, int? QuestionsPerAttempt, int? TimeLimitMinutes, int? AttemptsPerRound,
    bool AsksPrediction, bool IsPublished, IReadOnlyList<RoundFields> Rounds);

/// <summary>A round: its name, and when it starts and ends as a clock in Vietnam reads.</summary>
public sealed record RoundFields(string Name, DateTime? StartsAt, DateTime? EndsAt)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && StartsAt is null && EndsAt is null;
}

/// <summary>A question as the form or a spreadsheet row gives it; the answer as a letter, A to D.</summary>
public sealed record QuestionFields(string Text, string OptionA, string OptionB, string OptionC, string OptionD, string CorrectOption, string Explanation);
