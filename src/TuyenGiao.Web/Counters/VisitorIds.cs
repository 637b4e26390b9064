using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Counters;

/// <summary>
/// Recognises a visitor without storing who they are. A first-party cookie carries a pseudonymous id,
/// signed by the site, so only ids the site issued count: an unsigned or badly signed cookie is no
/// cookie. A browser that refuses cookies is recognised by a hash of its address and User-Agent under a
/// salt that changes every day (Vietnam time), so it can be followed for one day at most. The first id a
/// visitor gets is that same hash, so accepting the cookie does not make them a second visitor. Requests
/// without a cookie of ours are limited per address (<see cref="NewReaderLimit"/>); past the limit there
/// is no visitor to count and no cookie is issued.
/// </summary>
public sealed class VisitorIds(byte[] secret, TimeProvider clock, NewReaderLimit newReaders)
{
    public const string CookieName = "tg_khach";
    private const int IdLength = 22;
    private const int SignatureLength = 22;

    // The cookie's signing key is derived apart from the daily salts, so neither can stand in for the other.
    private readonly byte[] _signingKey = HMACSHA256.HashData(secret, "tg_khach cookie signature"u8);

    // The day's salt, derived once a day rather than for every new reader; replaced whole, so never torn.
    private DaySalt? _salt;

    private sealed record DaySalt(DateOnly Day, byte[] Salt);

    /// <summary>The reader's id, or null when this request must not be counted.</summary>
    public string? For(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var cookie) && IdFromSigned(cookie) is { } id)
        {
            return id;
        }
        var today = VisitCalendar.Today(clock.GetUtcNow().UtcDateTime);
        if (!newReaders.Admit(context.Connection.RemoteIpAddress?.ToString() ?? "", today))
        {
            return null;
        }
        var newId = DailyHash(context, today);
        // Added as the response starts rather than now: the output cache has taken the page's headers
        // by then, so one reader's cookie is never stored with a page and handed to the next.
        context.Response.OnStarting(() =>
        {
            context.Response.Cookies.Append(CookieName, CookieValueFor(newId), new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Task.CompletedTask;
        });
        return newId;
    }

    /// <summary>The cookie the site gives a reader with this id: the id, a dot, and its signature.</summary>
    public string CookieValueFor(string id) => $"{id}.{SignatureOf(id)}";

    private string? IdFromSigned(string cookie)
    {
        if (cookie.Length != IdLength + 1 + SignatureLength || cookie[IdLength] != '.')
        {
            return null;
        }
        var id = cookie[..IdLength];
        var signature = Encoding.ASCII.GetBytes(cookie[(IdLength + 1)..]);
        return id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            && CryptographicOperations.FixedTimeEquals(signature, Encoding.ASCII.GetBytes(SignatureOf(id)))
            ? id
            : null;
    }

    private string SignatureOf(string id) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(id)))[..SignatureLength];

    private string DailyHash(HttpContext context, DateOnly today)
    {
        var daySalt = SaltOf(today);
        var who = $"{context.Connection.RemoteIpAddress}|{context.Request.Headers.UserAgent}";
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(daySalt, Encoding.UTF8.GetBytes(who)))[..IdLength];
    }

    private byte[] SaltOf(DateOnly today)
    {
        if (_salt is not { } salt || salt.Day != today)
        {
            var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            salt = new DaySalt(today, HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(day)));
            _salt = salt;
        }
        return salt.Salt;
    }
}
