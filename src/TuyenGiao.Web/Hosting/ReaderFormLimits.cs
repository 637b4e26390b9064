using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using TuyenGiao.Contests;
using TuyenGiao.Feedback;
using TuyenGiao.Polls;
using TuyenGiao.Surveys;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// What readers may post, per client address and per kind: a few feedback messages per window, and more
/// generously new captchas, poll votes, survey responses and contest attempts started (an office behind one address votes together).
/// Reading a form costs nothing. Over the limit the reader gets 429, <c>Retry-After</c> and the
/// Vietnamese page. What is counted is what runs: the page handler the framework chose (an unknown
/// <c>?handler=</c> runs the page's post and is counted as one), or the captcha image.
/// </summary>
public sealed class ReaderFormLimits : IDisposable
{
    private readonly PartitionedRateLimiter<(RequestKind Kind, string Client)> _limiter;

    public ReaderFormLimits(IOptions<FeedbackOptions> feedback, IOptions<PollOptions> polls, IOptions<SurveyOptions> surveys, IOptions<ContestOptions> contests)
    {
        var feedbackWindow = TimeSpan.FromSeconds(feedback.Value.RateWindowSeconds);
        var limits = new Dictionary<RequestKind, (int Permits, TimeSpan Window)>
        {
            [RequestKind.Submission] = (feedback.Value.SubmissionsPerWindow, feedbackWindow),
            [RequestKind.NewChallenge] = (feedback.Value.ChallengesPerWindow, feedbackWindow),
            [RequestKind.Vote] = (polls.Value.VotesPerAddressPerWindow, TimeSpan.FromSeconds(polls.Value.RateWindowSeconds)),
            [RequestKind.SurveyResponse] = (surveys.Value.ResponsesPerAddressPerWindow, TimeSpan.FromSeconds(surveys.Value.RateWindowSeconds)),
            [RequestKind.ContestStart] = (contests.Value.StartsPerAddressPerWindow, TimeSpan.FromSeconds(contests.Value.RateWindowSeconds)),
        };
        _limiter = PartitionedRateLimiter.Create<(RequestKind Kind, string Client), (RequestKind, string)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits[key.Kind].Permits,
                Window = limits[key.Kind].Window,
                QueueLimit = 0,
            }));
    }

    public enum RequestKind { Submission, NewChallenge, Vote, SurveyResponse, ContestStart }

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

    /// <summary>
    /// On a reader's form page: counts the handler about to run, as <paramref name="posts"/> for the page's
    /// posts (feedback's "new image" and "question in words" are captchas asked for).
    /// </summary>
    public sealed class PageFilter(ReaderFormLimits limits, RequestKind posts) : IAsyncPageFilter
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

        private RequestKind? KindOf(Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.HandlerMethodDescriptor? handler) =>
            handler is null || !HttpMethods.IsPost(handler.HttpMethod) ? null
            : handler.Name is "NewImage" or "TextQuestion" ? RequestKind.NewChallenge
            : posts;
    }
}
