using TuyenGiao.Time;

namespace TuyenGiao.Surveys;

/// <summary>
/// "Khảo sát trực tuyến": an anonymous questionnaire, open on days set in Vietnam time. Each reader sends
/// one response (<see cref="SurveyResponse"/>, known by a key, never by name). Once responses have come,
/// its questions are fixed: an answer always means what the reader read.
/// </summary>
public class Survey
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2_000;
    public const int MaxQuestions = 40;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>Plain text above the questions: who asks, why, and what is done with the answers.</summary>
    public string Description { get; set; } = "";

    /// <summary>UTC; 00:00 in Vietnam of its first day.</summary>
    public DateTime OpensAt { get; set; }

    /// <summary>UTC, exclusive; 00:00 in Vietnam of the day after its last. Null: open until an editor sets an end.</summary>
    public DateTime? ClosesAt { get; set; }

    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }
    public long ResponseCount { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];

    public bool IsOpenAt(DateTime utcNow) => IsPublished && ShowingDays.Covers(OpensAt, ClosesAt, utcNow);
}

public enum SurveyQuestionKind
{
    /// <summary>One of the choices (radio buttons).</summary>
    SingleChoice,

    /// <summary>Any of the choices (checkboxes).</summary>
    MultipleChoice,

    /// <summary>From 1 (least) to 5 (most).</summary>
    Scale,

    /// <summary>The reader's own words.</summary>
    FreeText,
}

public class SurveyQuestion
{
    public const int TextMaxLength = 500;
    public const int MaxChoices = 15;
    public const int ChoiceMaxLength = 200;
    public const int ScaleMax = 5;

    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public SurveyQuestionKind Kind { get; set; }
    public bool IsRequired { get; set; }

    /// <summary>For the two choice kinds: the choices, one a line, in the order readers see them; answers name them by position.</summary>
    public string Choices { get; set; } = "";

    public IReadOnlyList<string> ChoiceList() => Validation.ChoiceLines.Split(Choices);
}

/// <summary>One reader's answers to one survey.</summary>
public class SurveyResponse
{
    public long Id { get; set; }
    public int SurveyId { get; set; }
    public required string ReaderKey { get; set; }
    public DateTime SubmittedAt { get; set; }
    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>
/// One answer: a chosen choice's position (several rows for several choices), a point of the scale in
/// <see cref="Value"/>, or the reader's words in <see cref="Text"/>.
/// </summary>
public class SurveyAnswer
{
    public long Id { get; set; }
    public long ResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
}
