using Microsoft.Net.Http.Headers;
using TuyenGiao.Captcha;
using TuyenGiao.Web.Hosting;

namespace TuyenGiao.Web.Feedback;

public static class CaptchaEndpoint
{
    public const string Path = "/ma-kiem-tra";

    /// <summary>Every load draws a new challenge: the image a reader sees is the one their cookie names.</summary>
    public static void MapCaptcha(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], async (HttpContext context, Captchas captchas, ReaderFormLimits limits) =>
        {
            if (!limits.TryAcquire(ReaderFormLimits.RequestKind.NewChallenge, context))
            {
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }
            var (id, code) = await captchas.IssueCodeAsync(context.RequestAborted);
            CaptchaCookie.Set(context.Response, id);
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return Results.File(CaptchaImage.Draw(code), "image/png");
        });
}
