namespace TuyenGiao.Accounts;

/// <summary>
/// Claims a newsroom account's sign-in carries besides its roles. They are stored with the account
/// (AspNetUserClaims, AspNetRoleClaims) and read again on every request, because the security stamp is
/// checked on every request: a change by an admin takes effect at the account's next click.
/// </summary>
public static class NewsroomClaims
{
    /// <summary>One per category (its id) an account is limited to; none means the whole site.</summary>
    public const string Category = "tg:chuyen-muc";

    /// <summary>On a role: accounts in it must sign in with a second factor.</summary>
    public const string SecondFactorRequired = "tg:bat-buoc-xac-thuc-2-buoc";

    /// <summary>Added at sign-in when the account has a second factor set up (an authenticator app or a passkey).</summary>
    public const string HasSecondFactor = "tg:co-xac-thuc-2-buoc";
}
