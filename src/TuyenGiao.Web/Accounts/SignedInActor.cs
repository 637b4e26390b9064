using System.Globalization;
using System.Security.Claims;
using TuyenGiao.Accounts;
using TuyenGiao.Audit;

namespace TuyenGiao.Web.Accounts;

internal static class SignedInActor
{
    /// <summary>The signed-in account, as revisions and the audit log name it (by its email).</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "?");

    /// <summary>What the signed-in account may do with articles, from its role and category claims.</summary>
    public static EditorialRights ToRights(this ClaimsPrincipal user)
    {
        var admin = user.IsInRole(Roles.Admin);
        var limits = user.FindAll(NewsroomClaims.Category)
            .Select(c => int.TryParse(c.Value, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        // A limit claim that names no category (hand-edited) still limits: to nothing, never to everything.
        var limited = !admin && user.HasClaim(c => c.Type == NewsroomClaims.Category);
        return new EditorialRights(user.ToActor(), admin || user.IsInRole(Roles.Editor), limited ? limits : null);
    }
}
