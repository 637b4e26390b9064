using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using TuyenGiao.Feedback;

namespace TuyenGiao.Web.Feedback;

/// <summary>
/// Per client address: a few submissions per window, and more generously, new captchas. Reading the
/// form costs nothing. Over the limit the reader gets 429, <c>Retry-After</c> and the Vietnamese page.
/// What is counted is what runs: the page handler the framework chose (an unknown <c>?handler=</c>
/// runs the submission and is counted as one), or the captcha image.
/// </summary>
public sealed class FeedbackRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<(RequestKind Kind, string Client)> _limiter;

    public FeedbackRateLimits(IOptions<FeedbackOptions> options)
    {
        var window = TimeSpan.FromSeconds(options.Value.RateWindowSeconds);
        var permits = new Dictionary<RequestKind, int>
        {
            [RequestKind.Submission] = options.Value.SubmissionsPerWindow,
            [RequestKind.NewChallenge] = options.Value.ChallengesPerWindow,
        };
        _limiter = PartitionedRateLimiter.Create<(RequestKind Kind, string Client), (RequestKind, string)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits[key.Kind],
                Window = window,
                QueueLimit = 0,
            }));
    }

    public enum RequestKind { Submission, NewChallenge }

    /// <summary>Takes one permit for this client; when none is left, answers 429 with when to come back.</summary>
    public bool TryAcquire(RequestKind kind, HttpContext context)
    {
        // Behind a reverse proxy this is the reader's address only when forwarded headers are configured.
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire((kind, client));
        if (lease.IsAcquired)
        {
            return true;
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return false;
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>On the feedback pages: counts the handler about to run, by the kind of request it is.</summary>
    public sealed class PageFilter(FeedbackRateLimits limits) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var kind = KindOf(context.HandlerMethod);
            if (kind is { } counted && !limits.TryAcquire(counted, context.HttpContext))
            {
                context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }
            await next();
        }

        private static RequestKind? KindOf(Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.HandlerMethodDescriptor? handler) =>
            handler is null || !HttpMethods.IsPost(handler.HttpMethod) ? null
            : handler.Name is "NewImage" or "TextQuestion" ? RequestKind.NewChallenge
            : RequestKind.Submission;
    }
}
