using System.Security.Cryptography;
using System.Text;
using TuyenGiao.Data;

namespace TuyenGiao.Contests;

/// <summary>
/// What a contest keeps of a phone or an ID number: an HMAC under the portal's own secret, per contest, so
/// the same number is found again (one registration, the attempt limit) but cannot be read back from a copy
/// of the database, nor joined across contests.
/// </summary>
public sealed class ContestPersonalKeys(PortalSecrets secrets)
{
    private const string SecretName = "contest-personal-keys";

    public Task<string> PhoneAsync(int contestId, string normalisedPhone) => KeyAsync(contestId, "phone", normalisedPhone);

    public Task<string> IdNumberAsync(int contestId, string idNumber) => KeyAsync(contestId, "id", idNumber);

    private async Task<string> KeyAsync(int contestId, string what, string value)
    {
        var secret = await secrets.GetAsync(SecretName);
        return Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(FormattableString.Invariant($"{contestId}:{what}:{value}"))));
    }
}
