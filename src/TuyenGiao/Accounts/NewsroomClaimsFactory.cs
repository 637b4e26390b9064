using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Accounts;

/// <summary>
/// The signed-in account's claims: Identity's (roles, the account's category limits, its roles' rules) plus
/// whether it has a second factor (an authenticator app or a passkey), so a role that requires one can tell who still has to enrol.
/// </summary>
public sealed class NewsroomClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await UserManager.GetTwoFactorEnabledAsync(user) || (await UserManager.GetPasskeysAsync(user)).Count > 0)
        {
            identity.AddClaim(new Claim(NewsroomClaims.HasSecondFactor, "true"));
        }
        return identity;
    }
}
