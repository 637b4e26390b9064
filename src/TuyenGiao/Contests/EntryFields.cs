namespace TuyenGiao.Contests;

/// <summary>
/// What the "Vào thi" form sends: the phone number always; the rest only the first time, to register.
/// </summary>
public sealed record EntryFields(string Phone, string FullName, int? BirthYear, int? UnitId, string IdNumber, string? ChallengeId, string CaptchaAnswer);
