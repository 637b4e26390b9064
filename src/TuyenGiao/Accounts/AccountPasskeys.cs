using Microsoft.AspNetCore.Identity;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Accounts;

/// <summary>A passkey of an account, as its security page lists it.</summary>
public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>
/// Passkeys (WebAuthn, as ASP.NET Core 10 Identity checks them): added from the account's security page,
/// each named by its owner ("Điện thoại của tôi"), usable instead of the password and the code. A role that
/// requires a second factor counts a passkey as one.
/// </summary>
public sealed class AccountPasskeys(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SecondFactorRules rules, AuditLog audit, PortalDbContext db)
{
    public const int NameLength = 60;

    public const string Refused = "Không thêm được passkey: trình duyệt hoặc thiết bị không xác nhận được. Xin thử lại.";

    /// <summary>The JSON the browser's navigator.credentials.create() takes, for this account.</summary>
    public Task<string> CreationOptionsAsync(PortalUser user) =>
        signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id, Name = user.Email ?? user.Id, DisplayName = user.DisplayName == "" ? user.Email ?? user.Id : user.DisplayName,
        });

    /// <summary>Checks what the browser's authenticator made and keeps it; answers the problem in Vietnamese, or null.</summary>
    public async Task<string?> AddAsync(PortalUser user, string credentialJson, string? name)
    {
        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No options were asked for in this browser first: a replayed or hand-made post.
            return Refused;
        }
        if (!attestation.Succeeded)
        {
            return Refused;
        }
        var passkey = attestation.Passkey;
        var trimmed = name?.Trim() ?? "";
        passkey.Name = trimmed.Length == 0 ? "Passkey" : trimmed.Length > NameLength ? trimmed[..NameLength] : trimmed;
        var added = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!added.Succeeded)
        {
            return string.Join(" ", added.Errors.Select(e => e.Description));
        }
        await RecordAsync(user, $"Thêm passkey “{passkey.Name}”");
        return null;
    }

    public async Task<IReadOnlyList<PasskeyRow>> ListAsync(PortalUser user) =>
        [.. (await users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(Base64Url(p.CredentialId), p.Name ?? "Passkey", p.CreatedAt))];

    /// <summary>Removes a passkey, unless it is the last second factor of an account whose role requires one.</summary>
    public async Task<string?> RemoveAsync(PortalUser user, string id)
    {
        var passkeys = await users.GetPasskeysAsync(user);
        var passkey = passkeys.FirstOrDefault(p => Base64Url(p.CredentialId) == id);
        if (passkey is null)
        {
            return "Passkey này không còn trong tài khoản.";
        }
        if (passkeys.Count == 1 && !user.TwoFactorEnabled && await rules.RequiredForAsync(user))
        {
            return "Vai trò của bạn bắt buộc xác thực hai bước: hãy bật mã xác thực trong ứng dụng hoặc thêm passkey khác trước khi xóa passkey cuối cùng.";
        }
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        await RecordAsync(user, $"Xóa passkey “{passkey.Name}”");
        return null;
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task RecordAsync(PortalUser user, string action)
    {
        audit.Record(new Actor(user.Id, user.Email ?? "?"), action, AuditRecordTypes.Account, user.Id, user.Email ?? "");
        await db.SaveChangesAsync();
    }
}
