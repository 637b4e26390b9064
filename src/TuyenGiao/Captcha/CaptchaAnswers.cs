using System.Security.Cryptography;
using System.Text;
using TuyenGiao.Data;
using TuyenGiao.Text;

namespace TuyenGiao.Captcha;

/// <summary>
/// A challenge's answers are stored as keyed hashes (HMAC-SHA256 under a key of the portal's own), never
/// as text: a copy of the database does not hold the answers of open challenges. Answers and attempts are
/// compared folded: no tones, case, spaces or punctuation ("Hà Nội", "ha noi", "HANOI." are one answer).
/// </summary>
public sealed class CaptchaAnswers(PortalSecrets secrets)
{
    private const string KeyName = "captcha-answers";
    private const char Separator = ' ';

    /// <summary>What goes into the database for these accepted answers.</summary>
    public async Task<string> HashesOfAsync(IEnumerable<string> answers)
    {
        var key = await secrets.GetAsync(KeyName);
        return string.Join(Separator, answers.Select(answer => Hash(key, answer)).Distinct());
    }

    /// <summary>Whether what the reader typed is one of the answers behind <paramref name="hashes"/>.</summary>
    public async Task<bool> MatchesAsync(string attempt, string hashes)
    {
        var typed = Encoding.ASCII.GetBytes(Hash(await secrets.GetAsync(KeyName), attempt));
        return hashes.Split(Separator).Any(stored => CryptographicOperations.FixedTimeEquals(typed, Encoding.ASCII.GetBytes(stored)));
    }

    public static string Folded(string? text) =>
        string.Concat(VietnameseText.Fold(text ?? "").Where(char.IsLetterOrDigit));

    private static string Hash(byte[] key, string answer) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Folded(answer))));
}
