using TuyenGiao.Contests;
using TuyenGiao.Time;

namespace TuyenGiao.Web.Areas.Admin.Pages.Contests;

/// <summary>The contest form; its properties carry <see cref="ContestFields"/>' names. Round times are Vietnam clock times.</summary>
public sealed class ContestForm
{
    public string Name { get; set; } = "";
    public string Organiser { get; set; } = "";
    public string RulesMarkdown { get; set; } = "";
    public int? QuestionsPerAttempt { get; set; } = 20;
    public int? TimeLimitMinutes { get; set; } = 20;
    public int? AttemptsPerRound { get; set; } = 2;
    public bool AsksPrediction { get; set; } = true;
    public bool IsPublished { get; set; }
    public List<RoundForm> Rounds { get; set; } = [];

    public static ContestForm Blank() => new() { Rounds = [new RoundForm()] };

    public static ContestForm Of(Contest contest) => new()
    {
        Name = contest.Name,
        Organiser = contest.Organiser,
        RulesMarkdown = contest.RulesMarkdown,
        QuestionsPerAttempt = contest.QuestionsPerAttempt,
        TimeLimitMinutes = contest.TimeLimitMinutes,
        AttemptsPerRound = contest.AttemptsPerRound,
        AsksPrediction = contest.AsksPrediction,
        IsPublished = contest.IsPublished,
        Rounds = [.. contest.Rounds.OrderBy(r => r.Number).Select(r => new RoundForm
        {
            Name = r.Name,
            StartsAt = VietnamTime.ToLocal(DateTime.SpecifyKind(r.StartsAt, DateTimeKind.Utc)),
            EndsAt = VietnamTime.ToLocal(DateTime.SpecifyKind(r.EndsAt, DateTimeKind.Utc)),
        })],
    };

    public ContestFields ToFields() => new(
        Name, Organiser, RulesMarkdown, QuestionsPerAttempt, TimeLimitMinutes, AttemptsPerRound, AsksPrediction, IsPublished,
        [.. Rounds.Select(r => new RoundFields(r.Name, r.StartsAt, r.EndsAt))]);
}

public sealed class RoundForm
{
    public string Name { get; set; } = "";
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
}
