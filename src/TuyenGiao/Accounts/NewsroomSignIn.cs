using Microsoft.AspNetCore.Identity;

namespace TuyenGiao.Accounts;

/// <summary>
/// Signs an editor in without telling anyone else whether an address has an account. An unknown address,
/// a wrong password, a locked and a disabled account all get the same answer after the same work: one
/// password hash checked (against a stand-in hash when there is no account, or it is locked). Five wrong
/// passwords still lock a real account for 15 minutes; the answer names that possibility for everyone.
/// </summary>
public sealed class NewsroomSignIn(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher)
{
    public const string Refused =
        "Email hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa (sau 5 lần nhập sai mật khẩu, trong 15 phút) hay đã bị vô hiệu hóa. "
        + "Xin kiểm tra lại, hoặc liên hệ quản trị.";

    private static readonly PortalUser StandIn = new();

    // A hash made with the same hasher, so checking a password against it costs what a real check costs.
    private readonly Lazy<string> _standInHash = new(() => hasher.HashPassword(StandIn, Guid.NewGuid().ToString("N")));

    public async Task<bool> SignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(StandIn, _standInHash.Value, password);
            return false;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result.Succeeded;
    }
}
