namespace TuyenGiao.Captcha;

/// <summary>
/// A question for readers who cannot see the captcha's image, from a pool admins keep: about the site,
/// the province, general knowledge. A pool a board writes for itself is one no generic script has a table for.
/// </summary>
public sealed class CaptchaQuestion
{
    public const int QuestionMaxLength = 300;
    public const int AnswersMaxLength = 300;

    /// <summary>Between accepted answers in <see cref="Answers"/>: "7 | bảy".</summary>
    public const char AnswerSeparator = '|';

    public int Id { get; set; }
    public required string Question { get; set; }

    /// <summary>Every answer accepted, separated by <see cref="AnswerSeparator"/>; compared without tones, case, spaces or punctuation.</summary>
    public required string Answers { get; set; }

    public IReadOnlyList<string> AcceptedAnswers() =>
        [.. Answers.Split(AnswerSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
