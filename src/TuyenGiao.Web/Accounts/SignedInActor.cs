using System.Security.Claims;
using TuyenGiao.Audit;

namespace TuyenGiao.Web.Accounts;

internal static class SignedInActor
{
    /// <summary>The signed-in account, as revisions and the audit log name it (by its email).</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "?");
}
