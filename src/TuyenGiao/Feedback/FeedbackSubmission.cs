using TuyenGiao.Validation;

namespace TuyenGiao.Feedback;

/// <summary>
/// What a citizen sent, as typed. <see cref="Website"/> is the honeypot: a field people never see and
/// form-filling robots do.
/// </summary>
public sealed record FeedbackSubmission(
    int? ArticleId, string? Name, string? Email, string? Subject, string? Body, string? Website,
    string? ChallengeId, string? CaptchaAnswer);

/// <summary>Stored with its id, or refused with a Vietnamese message per field.</summary>
public sealed record FeedbackOutcome(int? StoredId, FieldErrors Errors)
{
    public bool Stored => StoredId is not null;
}
