using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TuyenGiao.Feedback;

namespace TuyenGiao.Web.Feedback;

/// <summary>
/// Per client address: a few submissions per window, and more generously, new captchas. Reading the
/// form costs nothing. Over the limit the reader gets 429 and the Vietnamese page for it.
/// </summary>
public static class FeedbackRateLimits
{
    public const string Policy = "feedback";

    /// <summary>The feedback domain, and the limits in front of its forms and captcha.</summary>
    public static IServiceCollection AddFeedbackForms(this IServiceCollection services)
    {
        services.AddFeedback();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<FeedbackOptions>>((options, feedback) =>
        {
            var window = TimeSpan.FromSeconds(feedback.Value.RateWindowSeconds);
            var submissions = feedback.Value.SubmissionsPerWindow;
            var challenges = feedback.Value.ChallengesPerWindow;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context =>
            {
                // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured.
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var (kind, permits) = KindOf(context.Request) switch
                {
                    RequestKind.Submission => ("submit", submissions),
                    RequestKind.NewChallenge => ("captcha", challenges),
                    _ => ("read", 0),
                };
                return permits == 0
                    ? RateLimitPartition.GetNoLimiter(kind)
                    : RateLimitPartition.GetFixedWindowLimiter($"{kind}:{client}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = window,
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }

    private enum RequestKind { Reading, Submission, NewChallenge }

    private static RequestKind KindOf(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) ? (request.Path == CaptchaEndpoint.Path ? RequestKind.NewChallenge : RequestKind.Reading)
        : request.Query.ContainsKey("handler") ? RequestKind.NewChallenge
        : RequestKind.Submission;
}
