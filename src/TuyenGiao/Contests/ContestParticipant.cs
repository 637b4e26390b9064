namespace TuyenGiao.Contests;

/// <summary>
/// One person registered for one contest: only what the rules need (Decree 13/2023/NĐ-CP on personal data).
/// The phone number is kept as a keyed hash, unique per contest, and shown masked; the ID number, when
/// given, likewise.
/// </summary>
public class ContestParticipant
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public int ContestId { get; set; }
    public required string FullName { get; set; }
    public int BirthYear { get; set; }
    public required string PhoneKey { get; set; }

    /// <summary>As shown everywhere: "09xx xxx 123".</summary>
    public required string PhoneMasked { get; set; }

    public int UnitId { get; set; }
    public string? IdNumberKey { get; set; }
    public DateTime RegisteredAt { get; set; }
}

/// <summary>
/// One attempt: the questions drawn for it and each one's option order, the deadline measured on the server,
/// and once submitted, the answers and the score. <see cref="OpenFor"/> holds the participant while the attempt
/// is open: unique, so a person holds one open attempt at a time, on any instance.
/// </summary>
public class ContestAttempt
{
    public const int TokenLength = 22;

    public long Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }

    /// <summary>Names the attempt in its address; unguessable.</summary>
    public required string Token { get; set; }

    public int? OpenFor { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime DeadlineAt { get; set; }

    /// <summary>Question ids, comma-separated, in the order shown.</summary>
    public required string QuestionIds { get; set; }

    /// <summary>Per question, the order its options are shown in: "2031" shows C, A, D, B.</summary>
    public required string OptionOrders { get; set; }

    /// <summary>Per question, the option chosen (its letter in the bank, A–D) or "-" for none; set at submission.</summary>
    public string? Answers { get; set; }

    public int? Prediction { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>Correct answers; null until submitted, and for an attempt sent after its deadline.</summary>
    public int? Score { get; set; }

    public int? TimeUsedMs { get; set; }
    public bool IsPerfect { get; set; }

    /// <summary>Whether the time has run out: past the deadline and the grace allowed for the network after it.</summary>
    public bool HasRunOut(DateTime utcNow, int graceSeconds) => utcNow > DeadlineAt.AddSeconds(graceSeconds);
}
