using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Tests.Support;

/// <summary>Readers the counters believe in: ids with the cookie the site itself would have signed.</summary>
public static class Readers
{
    /// <summary>A well-formed reader id, new each time.</summary>
    public static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16))[..22];

    /// <summary>The Cookie header a browser sends after the site gave it this reader id.</summary>
    public static string CookieHeaderFor(PortalFactory portal, string id) =>
        $"{VisitorIds.CookieName}={portal.Services.GetRequiredService<VisitorIds>().CookieValueFor(id)}";
}
