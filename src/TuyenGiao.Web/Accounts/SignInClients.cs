using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Accounts;

internal static class SignInClients
{
    /// <summary>The browser of this request as the sign-in history records it (the address after the trusted proxy's headers).</summary>
    public static SignInClient SignInClient(this HttpContext context) =>
        new(context.Connection.RemoteIpAddress?.ToString() ?? "", context.Request.Headers.UserAgent.ToString());
}
