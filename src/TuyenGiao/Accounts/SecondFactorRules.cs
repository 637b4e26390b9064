using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Accounts;

/// <summary>
/// Which roles must sign in with a second factor: a claim on the role, so every account in it carries the
/// rule from its next request, and one that has not enrolled is sent to enrol before anything else.
/// </summary>
public sealed class SecondFactorRules(RoleManager<IdentityRole> roles, UserManager<PortalUser> users, AuditLog audit, PortalDbContext db)
{
    private static readonly Claim Required = new(NewsroomClaims.SecondFactorRequired, "true");

    public async Task<IReadOnlySet<string>> RequiredRolesAsync()
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Roles.All)
        {
            if (await roles.FindByNameAsync(name) is { } role
                && (await roles.GetClaimsAsync(role)).Any(c => c.Type == NewsroomClaims.SecondFactorRequired))
            {
                required.Add(name);
            }
        }
        return required;
    }

    public async Task SetRequiredAsync(IReadOnlySet<string> requiredRoles, Actor actor)
    {
        var before = await RequiredRolesAsync();
        foreach (var name in Roles.All)
        {
            var role = await roles.FindByNameAsync(name) ?? throw new InvalidOperationException($"Role {name} is missing.");
            var wanted = requiredRoles.Contains(name);
            if (wanted == before.Contains(name))
            {
                continue;
            }
            if (wanted)
            {
                await roles.AddClaimAsync(role, Required);
            }
            else
            {
                foreach (var claim in (await roles.GetClaimsAsync(role)).Where(c => c.Type == NewsroomClaims.SecondFactorRequired))
                {
                    await roles.RemoveClaimAsync(role, claim);
                }
            }
            audit.Record(actor, wanted ? $"Bắt buộc xác thực hai bước cho vai trò {RoleNames.Of(name)}" : $"Bỏ bắt buộc xác thực hai bước cho vai trò {RoleNames.Of(name)}",
                AuditRecordTypes.Account, name, RoleNames.Of(name));
        }
        await db.SaveChangesAsync();
    }

    public async Task<bool> RequiredForAsync(PortalUser user)
    {
        var required = await RequiredRolesAsync();
        return (await users.GetRolesAsync(user)).Any(required.Contains);
    }
}
