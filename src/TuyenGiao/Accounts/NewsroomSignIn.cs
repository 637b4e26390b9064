using Microsoft.AspNetCore.Identity;
using TuyenGiao.Data;

namespace TuyenGiao.Accounts;

/// <summary>Where a sign-in attempt leaves the account.</summary>
public enum SignInStep
{
    SignedIn,

    /// <summary>The password was right; the authenticator's code (or a recovery code) comes next.</summary>
    CodeNeeded,

    /// <summary>The password was right, but the account's role requires a second factor and its only one is a passkey.</summary>
    PasskeyNeeded,
    Refused,
}

/// <summary>The browser an attempt came from, as the sign-in history shows it.</summary>
public sealed record SignInClient(string Address, string UserAgent);

/// <summary>
/// Signs an editor in without telling anyone else whether an address has an account. An unknown address,
/// a wrong password, a locked and a disabled account all get the same answer after the same work: one
/// password hash checked (against a stand-in hash when there is no account, or it is locked). Five wrong
/// passwords or codes still lock a real account for 15 minutes; the answer names that possibility for everyone.
/// Every attempt on a real account, failed ones included, goes into its sign-in history.
/// </summary>
public sealed class NewsroomSignIn(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, SecondFactorRules rules, PortalDbContext db, TimeProvider clock)
{
    public const string Refused =
        "Email hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa (sau 5 lần nhập sai mật khẩu, trong 15 phút) hay đã bị vô hiệu hóa. "
        + "Xin kiểm tra lại, hoặc liên hệ quản trị.";

    public const string PasskeyNeeded =
        "Vai trò của tài khoản này bắt buộc xác thực hai bước, và tài khoản đăng nhập bằng passkey: hãy bấm \"Đăng nhập bằng passkey\".";

    public const string CodeRefused =
        "Mã không đúng hoặc đã hết hạn (mã trong ứng dụng đổi sau mỗi 30 giây). Xin nhập mã đang hiện, hoặc một mã khôi phục chưa dùng.";

    private static readonly PortalUser StandIn = new();

    // A hash made with the same hasher, so checking a password against it costs what a real check costs.
    private readonly Lazy<string> _standInHash = new(() => hasher.HashPassword(StandIn, Guid.NewGuid().ToString("N")));

    public async Task<SignInStep> SignInAsync(string email, string password, bool remember, SignInClient client)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(StandIn, _standInHash.Value, password);
            if (user is not null)
            {
                await RecordAsync(user, client, SignInOutcome.LockedOut);
            }
            return SignInStep.Refused;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded && await rules.RequiredForAsync(user) && (await users.GetPasskeysAsync(user)).Count > 0)
        {
            // The password alone must not open an account whose required second factor is a passkey.
            await signIn.SignOutAsync();
            await RecordAsync(user, client, SignInOutcome.PasskeyAsked);
            return SignInStep.PasskeyNeeded;
        }
        var (outcome, step) = result switch
        {
            { Succeeded: true } => (SignInOutcome.Succeeded, SignInStep.SignedIn),
            { RequiresTwoFactor: true } => (SignInOutcome.SecondFactorAsked, SignInStep.CodeNeeded),
            _ => (SignInOutcome.WrongPassword, SignInStep.Refused),
        };
        await RecordAsync(user, client, outcome);
        return step;
    }

    /// <summary>
    /// The second step, in the same browser as the first (a short-lived cookie names the account): the code
    /// the authenticator app shows, or one of the recovery codes, each of which works once.
    /// </summary>
    public async Task<SignInStep> SecondStepAsync(string code, bool isRecoveryCode, bool remember, SignInClient client)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return SignInStep.Refused;
        }
        // Recovery codes are stored as shown ("ABCDE-FGHIJ"); an app's code may be typed "123 456".
        var typed = new string([.. code.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(typed)
            : await signIn.TwoFactorAuthenticatorSignInAsync(typed.Replace("-", "", StringComparison.Ordinal), remember, rememberClient: false);
        var outcome = !result.Succeeded ? SignInOutcome.SecondFactorFailed
            : isRecoveryCode ? SignInOutcome.SucceededWithRecoveryCode : SignInOutcome.Succeeded;
        await RecordAsync(user, client, outcome);
        return result.Succeeded ? SignInStep.SignedIn : SignInStep.Refused;
    }

    /// <summary>The JSON the browser's navigator.credentials.get() takes: any passkey of this site (the account is not asked first).</summary>
    public Task<string> PasskeyOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(null);

    /// <summary>
    /// Signs in with what the browser's authenticator signed. A passkey is a factor of its own (the device,
    /// and its PIN or fingerprint), so no code is asked after it; a locked or disabled account is refused.
    /// </summary>
    public async Task<SignInStep> PasskeySignInAsync(string credentialJson, SignInClient client)
    {
        PasskeyAssertionResult<PortalUser> assertion;
        try
        {
            assertion = await signIn.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No options were asked for in this browser first: a replayed or hand-made post.
            return SignInStep.Refused;
        }
        if (!assertion.Succeeded)
        {
            return SignInStep.Refused;
        }
        var user = assertion.User;
        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            await RecordAsync(user, client, SignInOutcome.LockedOut);
            return SignInStep.Refused;
        }
        // The authenticator's signature count moves on with every use; keeping it lets a cloned key be noticed.
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "passkey");
        await RecordAsync(user, client, SignInOutcome.SucceededWithPasskey);
        return SignInStep.SignedIn;
    }

    private async Task RecordAsync(PortalUser user, SignInClient client, SignInOutcome outcome)
    {
        db.SignInRecords.Add(new SignInRecord
        {
            UserId = user.Id,
            At = clock.GetUtcNow().UtcDateTime,
            Address = client.Address.Length > 45 ? client.Address[..45] : client.Address,
            UserAgent = client.UserAgent.Length > SignInRecord.UserAgentLength ? client.UserAgent[..SignInRecord.UserAgentLength] : client.UserAgent,
            Outcome = outcome,
        });
        await db.SaveChangesAsync();
    }
}
