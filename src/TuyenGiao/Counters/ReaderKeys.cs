using System.Security.Cryptography;
using System.Text;
using TuyenGiao.Data;

namespace TuyenGiao.Counters;

/// <summary>
/// What a poll or a survey stores to know a reader has already answered it: a keyed hash of the reader's
/// pseudonymous id (the counters' visitor id) and of the poll or survey. Under the portal's own secret, so
/// the stored keys of two polls cannot be joined to follow one reader, and none leads back to a cookie.
/// </summary>
public sealed class ReaderKeys(PortalSecrets secrets)
{
    private const string SecretName = "reader-keys";

    /// <summary>Base64 of an HMAC-SHA256: 44 characters.</summary>
    public const int Length = 44;

    public async Task<string> ForAsync(string section, int itemId, string readerId)
    {
        var secret = await secrets.GetAsync(SecretName);
        var message = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{section}:{itemId}:{readerId}"));
        return Convert.ToBase64String(HMACSHA256.HashData(secret, message));
    }
}
