namespace TuyenGiao.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    Succeeded,
    WrongPassword,

    /// <summary>Refused because the account was locked (wrong passwords) or disabled.</summary>
    LockedOut,

    /// <summary>The password was right; the second step (a code) was asked for.</summary>
    SecondFactorAsked,
    SecondFactorFailed,

    /// <summary>The password was right; the account must sign in with its passkey.</summary>
    PasskeyAsked,

    /// <summary>Signed in with a recovery code in place of the authenticator's code.</summary>
    SucceededWithRecoveryCode,
    SucceededWithPasskey,
}

/// <summary>One sign-in attempt on an account, failed ones included: shown to the account and to admins.</summary>
public class SignInRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTime At { get; set; }

    /// <summary>The client's address as the proxy in front reports it (see ReverseProxy:KnownNetworks).</summary>
    public string Address { get; set; } = "";

    /// <summary>The browser's User-Agent, cut to <see cref="UserAgentLength"/> characters.</summary>
    public string UserAgent { get; set; } = "";

    public SignInOutcome Outcome { get; set; }

    public const int UserAgentLength = 300;

    public static string OutcomeName(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.Succeeded => "Đăng nhập thành công",
        SignInOutcome.WrongPassword => "Sai mật khẩu",
        SignInOutcome.LockedOut => "Bị từ chối: tài khoản đang khóa hoặc đã vô hiệu hóa",
        SignInOutcome.SecondFactorAsked => "Đúng mật khẩu, chờ mã xác thực",
        SignInOutcome.SecondFactorFailed => "Sai mã xác thực",
        SignInOutcome.PasskeyAsked => "Đúng mật khẩu, phải đăng nhập bằng passkey",
        SignInOutcome.SucceededWithRecoveryCode => "Đăng nhập thành công bằng mã khôi phục",
        SignInOutcome.SucceededWithPasskey => "Đăng nhập thành công bằng passkey",
        _ => outcome.ToString(),
    };
}
