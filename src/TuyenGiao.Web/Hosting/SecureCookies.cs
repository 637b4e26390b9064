namespace TuyenGiao.Web.Hosting;

/// <summary>
/// Over HTTPS every cookie the site sets is Secure: the newsroom's sign-in, the antiforgery token, the
/// captcha's and the visitor's. Over plain HTTP (a developer's machine) they could not be, so the policy
/// follows the request.
/// </summary>
public static class SecureCookies
{
    public static void UseSecureCookies(this WebApplication app) =>
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            Secure = CookieSecurePolicy.SameAsRequest,
            MinimumSameSitePolicy = SameSiteMode.Lax,
        });
}
