namespace TuyenGiao.Captcha;

/// <summary>
/// One captcha as the server remembers it. Only <see cref="Id"/> ever reaches the browser; the answers
/// are kept as keyed hashes (<see cref="CaptchaAnswers"/>) until the challenge is taken, once, by a submission.
/// </summary>
public sealed class CaptchaChallenge
{
    public const int IdLength = 32;

    /// <summary>Room for the hashes of up to six accepted answers.</summary>
    public const int AnswerHashesMaxLength = 400;

    public required string Id { get; init; }
    public required string AnswerHashes { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
}
