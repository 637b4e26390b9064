using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Accounts;

/// <summary>An account's sign-in attempts, newest first, and ending all its sessions at once.</summary>
public sealed class SignInHistory(PortalDbContext db, UserManager<PortalUser> users, AuditLog audit)
{
    public const int Shown = 100;

    public Task<List<SignInRecord>> LatestAsync(string userId, CancellationToken cancellationToken = default) =>
        db.SignInRecords.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(Shown).ToListAsync(cancellationToken);

    /// <summary>
    /// Renews the security stamp: every browser signed in to the account (this one too) is signed out at its
    /// next request, since the stamp is checked on every request.
    /// </summary>
    public async Task<bool> SignOutEverywhereAsync(string userId, Actor actor)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }
        await users.UpdateSecurityStampAsync(user);
        audit.Record(actor, "Đăng xuất tài khoản khỏi mọi thiết bị", AuditRecordTypes.Account, user.Id, user.Email ?? "");
        await db.SaveChangesAsync();
        return true;
    }
}
