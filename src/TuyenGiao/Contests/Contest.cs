namespace TuyenGiao.Contests;

/// <summary>
/// "Thi trắc nghiệm trực tuyến": a contest on the Party's resolutions or history, run in rounds (weekly, say),
/// each attempt drawing its questions at random from the contest's bank. Participants register once by phone
/// number, which is also what the attempt limit counts.
/// </summary>
public class Contest
{
    public const int NameMaxLength = 200;
    public const int OrganiserMaxLength = 200;
    public const int RulesMaxLength = 20_000;
    public const int MaxQuestionsPerAttempt = 100;
    public const int MaxTimeLimitMinutes = 180;
    public const int MaxAttemptsPerRound = 20;
    public const int MaxRounds = 52;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Organiser { get; set; } = "";
    public string RulesMarkdown { get; set; } = "";

    /// <summary>The rules rendered and sanitised at save.</summary>
    public string RulesHtml { get; set; } = "";

    public int QuestionsPerAttempt { get; set; }
    public int TimeLimitMinutes { get; set; }
    public int AttemptsPerRound { get; set; }

    /// <summary>Each attempt asks how many entrants will answer every question of the round correctly; closeness breaks ties.</summary>
    public bool AsksPrediction { get; set; }

    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<ContestRound> Rounds { get; set; } = [];

    public ContestRound? RoundOpenAt(DateTime utcNow) => Rounds.FirstOrDefault(r => r.IsOpenAt(utcNow));
}

/// <summary>A round of a contest: from one moment to another, Vietnam time as set, stored in UTC.</summary>
public class ContestRound
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public int ContestId { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public DateTime StartsAt { get; set; }

    /// <summary>Exclusive.</summary>
    public DateTime EndsAt { get; set; }

    public bool IsOpenAt(DateTime utcNow) => StartsAt <= utcNow && utcNow < EndsAt;

    public bool HasEndedAt(DateTime utcNow) => EndsAt <= utcNow;
}

/// <summary>A question of the contest's bank: four options, one correct, and what is explained once the round has closed.</summary>
public class ContestQuestion
{
    public const int TextMaxLength = 1_000;
    public const int OptionMaxLength = 500;
    public const int ExplanationMaxLength = 2_000;
    public const int OptionCount = 4;

    public int Id { get; set; }
    public int ContestId { get; set; }
    public required string Text { get; set; }
    public required string OptionA { get; set; }
    public required string OptionB { get; set; }
    public required string OptionC { get; set; }
    public required string OptionD { get; set; }

    /// <summary>0 for A … 3 for D.</summary>
    public int CorrectOption { get; set; }

    public string Explanation { get; set; } = "";

    public string OptionText(int option) => option switch
    {
        0 => OptionA,
        1 => OptionB,
        2 => OptionC,
        _ => OptionD,
    };

    public static char Letter(int option) => (char)('A' + option);
}

/// <summary>A commune, a district or an organisation participants choose from; units compete on turnout.</summary>
public class ContestUnit
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
}
