namespace TuyenGiao.Captcha;

/// <summary>
/// Where issued challenges wait for their answer. An interface because the tests swap in a store that
/// also tells them the answers; the site itself only ever uses <see cref="DatabaseCaptchaStore"/>,
/// which keeps no answer as text.
/// </summary>
public interface ICaptchaStore
{
    /// <summary>Keeps a new challenge with the answers it accepts.</summary>
    Task AddAsync(string id, IReadOnlyList<string> answers, DateTime issuedAt, DateTime expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Removes and returns the challenge; of several concurrent takers only one gets it.</summary>
    Task<CaptchaChallenge?> TakeAsync(string id, CancellationToken cancellationToken = default);
}
