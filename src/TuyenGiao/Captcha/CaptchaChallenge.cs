namespace TuyenGiao.Captcha;

/// <summary>
/// One captcha as the server remembers it. Only <see cref="Id"/> ever reaches the browser; the answer
/// stays here until the challenge is taken, once, by a submission.
/// </summary>
public sealed class CaptchaChallenge
{
    public const int IdLength = 32;
    public const int AnswerMaxLength = 16;

    public required string Id { get; init; }
    public required string Answer { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
}
