using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Captcha;

/// <summary>
/// Challenges in the portal's database: they survive a restart and every instance behind the proxy
/// sees the same ones, so an answer is good once across the whole site.
/// </summary>
public sealed class DatabaseCaptchaStore(PortalDbContext db, CaptchaAnswers answerHashes, TimeProvider clock) : ICaptchaStore
{
    public async Task AddAsync(string id, IReadOnlyList<string> answers, DateTime issuedAt, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        var challenge = new CaptchaChallenge { Id = id, AnswerHashes = await answerHashes.HashesOfAsync(answers), IssuedAt = issuedAt, ExpiresAt = expiresAt };
        // Challenges nobody answered would pile up; each new one clears the expired ones (an index seek).
        var now = clock.GetUtcNow().UtcDateTime;
        db.CaptchaChallenges.Add(challenge);
        await SqliteWriteQueue.RunAsync(db, async () =>
        {
            await db.CaptchaChallenges.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        db.Entry(challenge).State = EntityState.Detached;
    }

    public async Task<CaptchaChallenge?> TakeAsync(string id, CancellationToken cancellationToken = default)
    {
        var challenge = await db.CaptchaChallenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return null;
        }
        // The delete is the claim: when two submissions race with one challenge, only one deletes the row.
        var deleted = await SqliteWriteQueue.RunAsync(db, () => db.CaptchaChallenges.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        return deleted == 1 ? challenge : null;
    }
}
