using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Captcha;

/// <summary>
/// Issues and checks challenges: a code to read from an image, or — for readers who cannot see it — a
/// question from the pool admins keep (<see cref="CaptchaQuestion"/>). Every check uses the challenge
/// up, right or wrong.
/// </summary>
public sealed class Captchas(ICaptchaStore store, CaptchaAnswers answers, PortalDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>No 0/O, 1/I/L: nothing a reader could take for another character.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A new image challenge; the code is for drawing the image and must not leave the server otherwise.</summary>
    public async Task<(string Id, string Code)> IssueCodeAsync(CancellationToken cancellationToken = default)
    {
        var length = RandomNumberGenerator.GetInt32(5, 7);
        var code = RandomNumberGenerator.GetString(Alphabet, length);
        return (await IssueAsync([code], cancellationToken), code);
    }

    /// <summary>A new question challenge drawn from the pool; null when admins have emptied the pool.</summary>
    public async Task<(string Id, string Question)?> IssueQuestionAsync(CancellationToken cancellationToken = default)
    {
        var count = await db.CaptchaQuestions.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }
        var drawn = await db.CaptchaQuestions.AsNoTracking().OrderBy(q => q.Id)
            .Skip(RandomNumberGenerator.GetInt32(count)).FirstAsync(cancellationToken);
        return (await IssueAsync(drawn.AcceptedAnswers(), cancellationToken), drawn.Question);
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
        var verdict = CaptchaAnswers.Folded(attempt).Length == 0 ? CaptchaVerdict.Missing
            : await answers.MatchesAsync(attempt!, challenge.AnswerHashes) ? CaptchaVerdict.Passed
            : CaptchaVerdict.Wrong;
        return new CaptchaCheck(verdict, challenge.IssuedAt);
    }

    private async Task<string> IssueAsync(IReadOnlyList<string> accepted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(CaptchaChallenge.IdLength / 2));
        await store.AddAsync(id, accepted, now, now + Lifetime, cancellationToken);
        return id;
    }
}
