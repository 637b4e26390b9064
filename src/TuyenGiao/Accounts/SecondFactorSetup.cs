using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Accounts;

/// <summary>What the enrolment page shows: the key to type or scan, as an otpauth address for the QR code.</summary>
public sealed record AuthenticatorKey(string Key, string OtpAuthUri)
{
    /// <summary>"ABCD EFGH …": easier to copy by hand into an app.</summary>
    public string Grouped => string.Join(' ', Key.Chunk(4).Select(c => new string(c)));
}

/// <summary>
/// An account's own second factor: an authenticator app (TOTP, RFC 6238, as Identity checks it) enrolled by
/// typing one code it shows, and ten recovery codes shown once. Turning it on or off renews the account's
/// security stamp (every other session ends) and signs this browser in again.
/// </summary>
public sealed class SecondFactorSetup(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SecondFactorRules rules, AuditLog audit, PortalDbContext db)
{
    public const string CodeField = "Code";
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorKey> KeyAsync(PortalUser user, string issuer)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp; without signing in again this browser would be signed out.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var label = Uri.EscapeDataString($"{issuer}:{user.Email}");
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30");
        return new AuthenticatorKey(key, uri);
    }

    /// <summary>Turns the second factor on when the code matches the key; answers the recovery codes, or null with the error.</summary>
    public async Task<(IReadOnlyList<string>? RecoveryCodes, string? Error)> EnableAsync(PortalUser user, string code)
    {
        var typed = new string([.. code.Where(char.IsDigit)]);
        if (typed.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            return (null, "Mã chưa đúng. Hãy nhập 6 chữ số ứng dụng đang hiện cho tài khoản này (mã đổi sau mỗi 30 giây), và kiểm tra giờ của điện thoại.");
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await RecordAsync(user, "Bật xác thực hai bước");
        await signIn.RefreshSignInAsync(user);
        return (codes, null);
    }

    /// <summary>Replaces every recovery code with ten new ones (the old ones stop working).</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PortalUser user)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await RecordAsync(user, "Tạo mã khôi phục mới");
        return codes;
    }

    /// <summary>Turns the second factor off, unless the account's role requires one.</summary>
    public async Task<string?> DisableAsync(PortalUser user)
    {
        if (await rules.RequiredForAsync(user))
        {
            return "Vai trò của bạn bắt buộc xác thực hai bước, nên không tắt được. Muốn đổi sang điện thoại khác, hãy bấm \"Đổi ứng dụng\".";
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(user, "Tắt xác thực hai bước");
        await signIn.RefreshSignInAsync(user);
        return null;
    }

    /// <summary>A new key for a new phone: the old app's codes stop working, and the new one must be confirmed.</summary>
    public async Task ResetKeyAsync(PortalUser user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await RecordAsync(user, "Đổi ứng dụng xác thực");
        await signIn.RefreshSignInAsync(user);
    }

    public Task<int> RecoveryCodesLeftAsync(PortalUser user) => users.CountRecoveryCodesAsync(user);

    /// <summary>The signed-in account must set up a second factor before it can do anything else.</summary>
    public static bool MustEnrol(ClaimsPrincipal principal) =>
        principal.HasClaim(c => c.Type == NewsroomClaims.SecondFactorRequired) && !principal.HasClaim(c => c.Type == NewsroomClaims.HasSecondFactor);

    private async Task RecordAsync(PortalUser user, string action)
    {
        audit.Record(new Actor(user.Id, user.Email ?? user.UserName ?? "?"), action, AuditRecordTypes.Account, user.Id, user.Email ?? "");
        await db.SaveChangesAsync();
    }
}
