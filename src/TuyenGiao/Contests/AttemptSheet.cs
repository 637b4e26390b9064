namespace TuyenGiao.Contests;

/// <summary>One question as an attempt shows it: its text and its options in this attempt's order, with no hint of the answer.</summary>
public sealed record SheetQuestion(int Number, string Text, IReadOnlyList<string> Options);

/// <summary>
/// An attempt as its page needs it: the contest and round, the deadline, the questions; once submitted, the
/// score; once the round has closed, each question's answer and explanation.
/// </summary>
public sealed record AttemptSheet(
    Contest Contest, ContestRound Round, ContestAttempt Attempt, ContestParticipant Participant, IReadOnlyList<SheetQuestion> Questions,
    IReadOnlyList<AnswerReview> Review)
{
    /// <summary>The attempt's questions as the bank holds them, answers included: for grading, never for the page.</summary>
    internal IReadOnlyDictionary<int, ContestQuestion> Bank { get; init; } = new Dictionary<int, ContestQuestion>();

    /// <summary>The attempt's question ids in the order shown, and each one's order of options ("2031").</summary>
    internal IReadOnlyList<(int QuestionId, string OptionOrder)> Drawn { get; init; } = [];

    public bool IsSubmitted => Attempt.SubmittedAt is not null;
}

/// <summary>After the round: what the participant chose, what was right, and why.</summary>
public sealed record AnswerReview(int Number, string Text, string? Chosen, string Correct, string Explanation)
{
    public bool IsRight => Chosen == Correct;
}
