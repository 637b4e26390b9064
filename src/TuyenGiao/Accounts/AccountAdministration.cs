using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Accounts;

/// <summary>A newsroom account as the users page lists it.</summary>
public sealed record AccountRow(PortalUser User, string Role, bool Disabled, bool LockedOut, IReadOnlyList<int> Categories)
{
    public string StatusName => Disabled ? "Đã vô hiệu hóa" : LockedOut ? "Đang bị khóa (đăng nhập sai nhiều lần)" : "Hoạt động";
}

/// <summary>The outcome of an account change: what was wrong, in Vietnamese, or a temporary password to hand over.</summary>
public sealed record AccountResult(FieldErrors Errors, string? TemporaryPassword = null, string? UserId = null)
{
    public const string EmailField = "Email";

    public bool Succeeded => Errors.IsEmpty;

    public static AccountResult Done(string? temporaryPassword = null, string? userId = null) => new(FieldErrors.None, temporaryPassword, userId);

    public static AccountResult Failed(string message, string field = FieldErrors.WholeForm) => new(FieldErrors.Of(field, message));

    public static AccountResult Failed(IdentityResult result, string field = FieldErrors.WholeForm) =>
        Failed(string.Join(" ", result.Errors.Select(e => e.Description)), field);
}

/// <summary>
/// What admins do to accounts. A disabled account is locked out for good and its security stamp renewed,
/// so its open sessions end at their next request (the stamp is checked on every request).
/// </summary>
public sealed class AccountAdministration(UserManager<PortalUser> users, AccountSetup setup, PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = new List<AccountRow>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(cancellationToken))
        {
            rows.Add(await RowAsync(user, now));
        }
        return rows;
    }

    /// <summary>Every account's name (its email when it has none) by id, in name order: writers in the article list.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellationToken = default) =>
        await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName == "" ? u.Email ?? "" : u.DisplayName, cancellationToken);

    public async Task<AccountRow?> FindAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? null : await RowAsync(user, clock.GetUtcNow());
    }

    /// <summary>Creates an account with a temporary password, shown once to the admin to hand over.</summary>
    public async Task<AccountResult> CreateAsync(string email, string displayName, string role, IReadOnlyList<int> categories, Actor actor)
    {
        var password = TemporaryPassword();
        var result = await setup.CreateAsync(email.Trim(), password, displayName.Trim(), role);
        if (!result.Succeeded)
        {
            // The address is what a new account can be refused for: taken, or not an address.
            return AccountResult.Failed(result, AccountResult.EmailField);
        }
        var user = (await users.FindByEmailAsync(email.Trim()))!;
        await LimitAsync(user, role, categories);
        audit.Record(actor, $"Tạo tài khoản ({Describe(role, categories)})", AuditRecordTypes.Account, user.Id, user.Email ?? "");
        await db.SaveChangesAsync();
        return AccountResult.Done(password, user.Id);
    }

    public async Task<AccountResult> UpdateAsync(string id, string displayName, string role, IReadOnlyList<int> categories, Actor actor) =>
        await ChangeAsync(id, async user =>
        {
            if (user.Id == actor.UserId && role != Roles.Admin)
            {
                return AccountResult.Failed("Không thể tự bỏ quyền quản trị của chính mình.");
            }
            user.DisplayName = displayName.Trim();
            var update = await users.UpdateAsync(user);
            if (!update.Succeeded)
            {
                return AccountResult.Failed(update);
            }
            var current = await users.GetRolesAsync(user);
            if (!current.SequenceEqual([role]))
            {
                await users.RemoveFromRolesAsync(user, current);
                await users.AddToRoleAsync(user, role);
            }
            await LimitAsync(user, role, categories);
            audit.Record(actor, $"Sửa tài khoản ({Describe(role, categories)})", AuditRecordTypes.Account, user.Id, user.Email ?? "");
            return AccountResult.Done();
        });

    public Task<AccountResult> DisableAsync(string id, Actor actor) =>
        ChangeAsync(id, async user =>
        {
            if (user.Id == actor.UserId)
            {
                return AccountResult.Failed("Không thể tự vô hiệu hóa tài khoản của chính mình.");
            }
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
            audit.Record(actor, "Vô hiệu hóa tài khoản", AuditRecordTypes.Account, user.Id, user.Email ?? "");
            return AccountResult.Done();
        });

    public Task<AccountResult> EnableAsync(string id, Actor actor) =>
        ChangeAsync(id, async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            audit.Record(actor, "Kích hoạt lại tài khoản", AuditRecordTypes.Account, user.Id, user.Email ?? "");
            return AccountResult.Done();
        });

    /// <summary>Replaces the password with a temporary one and ends the account's open sessions.</summary>
    public Task<AccountResult> ResetPasswordAsync(string id, Actor actor) =>
        ChangeAsync(id, async user =>
        {
            var password = TemporaryPassword();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return AccountResult.Failed(reset);
            }
            audit.Record(actor, "Đặt lại mật khẩu", AuditRecordTypes.Account, user.Id, user.Email ?? "");
            return AccountResult.Done(password);
        });

    /// <summary>
    /// Keeps the account's category claims to the categories that exist among those ticked; an admin, or an
    /// account with none ticked, works on the whole site. Open sessions take the new limits at their next
    /// request: the stamp check on every request rebuilds the account's claims.
    /// </summary>
    private async Task LimitAsync(PortalUser user, string role, IReadOnlyList<int> categories)
    {
        var wanted = Roles.CanBeLimited(role)
            ? await db.Categories.Where(c => categories.Contains(c.Id)).Select(c => c.Id).ToListAsync()
            : [];
        var current = (await users.GetClaimsAsync(user)).Where(c => c.Type == NewsroomClaims.Category).ToList();
        var currentIds = current.Select(c => c.Value).Order().ToList();
        var wantedIds = wanted.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        if (currentIds.SequenceEqual(wantedIds))
        {
            return;
        }
        await users.RemoveClaimsAsync(user, current);
        await users.AddClaimsAsync(user, wantedIds.Select(id => new System.Security.Claims.Claim(NewsroomClaims.Category, id)));
    }

    private static string Describe(string role, IReadOnlyList<int> categories) =>
        Roles.CanBeLimited(role) && categories.Count > 0 ? $"{RoleNames.Of(role)}, giới hạn {categories.Count} chuyên mục" : RoleNames.Of(role);

    private async Task<AccountResult> ChangeAsync(string id, Func<PortalUser, Task<AccountResult>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountResult.Failed("Tài khoản không còn tồn tại.");
        }
        var result = await change(user);
        if (result.Succeeded)
        {
            await db.SaveChangesAsync();
        }
        return result with { UserId = user.Id };
    }

    private async Task<AccountRow> RowAsync(PortalUser user, DateTimeOffset now)
    {
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        var disabled = user.LockoutEnd == DateTimeOffset.MaxValue;
        var categories = (await users.GetClaimsAsync(user)).Where(c => c.Type == NewsroomClaims.Category)
            .Select(c => int.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        return new AccountRow(user, role, disabled, !disabled && user.LockoutEnd > now, categories);
    }

    /// <summary>14 random characters (upper case, lower case, digits, no look-alikes): beyond the 12 the policy asks, on no list.</summary>
    private static string TemporaryPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        char[] password =
        [
            RandomNumberGenerator.GetItems<char>(upper, 1)[0],
            RandomNumberGenerator.GetItems<char>(lower, 1)[0],
            RandomNumberGenerator.GetItems<char>(digits, 1)[0],
            .. RandomNumberGenerator.GetItems<char>(all, 11),
        ];
        RandomNumberGenerator.Shuffle(password.AsSpan());
        return new string(password);
    }
}
