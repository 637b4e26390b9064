using System.Security.Cryptography;

namespace TuyenGiao.Captcha;

/// <summary>
/// Issues and checks challenges: a code to read from an image, or — for readers who cannot see it — a
/// sum written out in Vietnamese words. Every check uses the challenge up, right or wrong.
/// </summary>
public sealed class Captchas(ICaptchaStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>No 0/O, 1/I/L: nothing a reader could take for another character.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static readonly string[] NumberWords = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    /// <summary>A new image challenge; the code is for drawing the image and must not leave the server otherwise.</summary>
    public async Task<(string Id, string Code)> IssueCodeAsync(CancellationToken cancellationToken = default)
    {
        var length = RandomNumberGenerator.GetInt32(5, 7);
        var code = RandomNumberGenerator.GetString(Alphabet, length);
        return (await IssueAsync(code, cancellationToken), code);
    }

    /// <summary>A new text challenge: the question is shown on the page, its answer is a number.</summary>
    public async Task<(string Id, string Question)> IssueSumAsync(CancellationToken cancellationToken = default)
    {
        var first = RandomNumberGenerator.GetInt32(1, 11);
        var second = RandomNumberGenerator.GetInt32(1, 11);
        var question = $"{char.ToUpperInvariant(NumberWords[first][0])}{NumberWords[first][1..]} cộng {NumberWords[second]} bằng bao nhiêu?";
        var answer = (first + second).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (await IssueAsync(answer, cancellationToken), question);
    }

    public async Task<CaptchaCheck> CheckAsync(string? id, string? attempt, CancellationToken cancellationToken = default)
    {
        var challenge = string.IsNullOrEmpty(id) || id.Length != CaptchaChallenge.IdLength
            ? null
            : await store.TakeAsync(id, cancellationToken);
        if (challenge is null || challenge.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return new CaptchaCheck(CaptchaVerdict.Stale, challenge?.IssuedAt);
        }
        var typed = Normalize(attempt);
        var verdict = typed.Length == 0 ? CaptchaVerdict.Missing
            : string.Equals(typed, challenge.Answer, StringComparison.OrdinalIgnoreCase) ? CaptchaVerdict.Passed
            : CaptchaVerdict.Wrong;
        return new CaptchaCheck(verdict, challenge.IssuedAt);
    }

    /// <summary>Spaces people put between the characters they read do not count.</summary>
    private static string Normalize(string? attempt) =>
        string.Concat((attempt ?? "").Where(c => !char.IsWhiteSpace(c)));

    private async Task<string> IssueAsync(string answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(CaptchaChallenge.IdLength / 2));
        await store.AddAsync(new CaptchaChallenge { Id = id, Answer = answer, IssuedAt = now, ExpiresAt = now + Lifetime }, cancellationToken);
        return id;
    }
}
