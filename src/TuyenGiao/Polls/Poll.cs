using TuyenGiao.Time;

namespace TuyenGiao.Polls;

/// <summary>
/// "Thăm dò ý kiến": a question with its options, one or several to choose, open on days set in Vietnam
/// time. Readers vote once each (<see cref="PollBallot"/>); the counts are kept on the poll and its options,
/// written with each ballot in one transaction.
/// </summary>
public class Poll
{
    public const int QuestionMaxLength = 300;
    public const int MinOptions = 2;
    public const int MaxOptions = 12;

    public int Id { get; set; }
    public required string Question { get; set; }

    /// <summary>Several options may be chosen (checkboxes) rather than one (radio buttons).</summary>
    public bool AllowsSeveral { get; set; }

    /// <summary>UTC; 00:00 in Vietnam of its first day.</summary>
    public DateTime OpensAt { get; set; }

    /// <summary>UTC, exclusive; 00:00 in Vietnam of the day after its last. Null: open until an editor sets an end.</summary>
    public DateTime? ClosesAt { get; set; }

    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Readers who voted; with several options allowed, each option's share is of these.</summary>
    public long VoterCount { get; set; }

    public List<PollOption> Options { get; set; } = [];

    public bool IsOpenAt(DateTime utcNow) => IsPublished && ShowingDays.Covers(OpensAt, ClosesAt, utcNow);

    public bool HasClosedAt(DateTime utcNow) => ClosesAt is { } closes && closes <= utcNow;
}

public class PollOption
{
    public const int TextMaxLength = 200;

    public int Id { get; set; }
    public int PollId { get; set; }
    public required string Text { get; set; }
    public int Order { get; set; }
    public long Votes { get; set; }

    /// <summary>This option's share of the voters, in whole percent.</summary>
    public int PercentOf(long voters) => voters == 0 ? 0 : (int)Math.Round(Votes * 100.0 / voters, MidpointRounding.AwayFromZero);
}

/// <summary>That one reader voted in one poll: the key only (<see cref="Counters.ReaderKeys"/>), never who or what they chose.</summary>
public class PollBallot
{
    public long Id { get; set; }
    public int PollId { get; set; }
    public required string ReaderKey { get; set; }
    public DateTime CastAt { get; set; }
}
