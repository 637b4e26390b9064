namespace TuyenGiao.Web.Feedback;

/// <summary>
/// Carries the id of the reader's current challenge — never its answer. A cookie rather than a hidden
/// field, so the article page holding the form stays the same for every reader and can be cached.
/// SameSite=Strict: a form posted from another site arrives without it, so its captcha fails.
/// </summary>
public static class CaptchaCookie
{
    public const string Name = "tg-captcha";

    public static void Set(HttpResponse response, string challengeId) =>
        response.Cookies.Append(Name, challengeId, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            IsEssential = true,
            MaxAge = TuyenGiao.Captcha.Captchas.Lifetime,
        });

    public static string? Read(HttpRequest request) => request.Cookies[Name];
}
