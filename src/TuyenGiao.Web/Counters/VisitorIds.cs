using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Counters;

/// <summary>
/// Recognises a visitor without storing who they are. A first-party cookie carries a pseudonymous id;
/// a browser that refuses cookies is recognised by a hash of its address and User-Agent under a salt
/// that changes every day (Vietnam time), so it can be followed for one day at most. The first id a
/// visitor gets is that same hash, so accepting the cookie does not make them a second visitor.
/// </summary>
public sealed class VisitorIds(byte[] secret, TimeProvider clock)
{
    public const string CookieName = "tg_khach";
    private const int IdLength = 22;

    public string For(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var id) && IsWellFormed(id))
        {
            return id;
        }
        var newId = DailyHash(context);
        // Added as the response starts rather than now: the output cache has taken the page's headers
        // by then, so one reader's cookie is never stored with a page and handed to the next.
        context.Response.OnStarting(() =>
        {
            context.Response.Cookies.Append(CookieName, newId, new CookieOptions
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

    private string DailyHash(HttpContext context)
    {
        var day = VisitCalendar.Today(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var daySalt = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(day));
        var who = $"{context.Connection.RemoteIpAddress}|{context.Request.Headers.UserAgent}";
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(daySalt, Encoding.UTF8.GetBytes(who)))[..IdLength];
    }

    private static bool IsWellFormed(string value) =>
        value.Length == IdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
