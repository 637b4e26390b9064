using System.Globalization;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Counters;

/// <summary>
/// Counts visits and views of articles, albums and videos from the request, around whatever produces the page. It sits in
/// front of the output cache, so a page served from the cache counts exactly as a rendered one.
/// Not counted: anything but GET, prefetches, known bots, and responses other than 200 and 304.
/// </summary>
public sealed class VisitCountingMiddleware(RequestDelegate next, VisitCounter counter, VisitorIds visitorIds, BotUserAgents bots)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var counts = context.GetEndpoint()?.Metadata.GetMetadata<CountsVisitsAttribute>();
        if (counts is null || !HttpMethods.IsGet(context.Request.Method) || IsPrefetch(context.Request) || bots.IsBot(context.Request.Headers.UserAgent))
        {
            await next(context);
            return;
        }

        // The cookie has to be set before the page starts going out.
        var visitor = visitorIds.For(context);
        await next(context);
        // A 304 is a reader looking again at the copy their browser kept: a view like any other.
        if (visitor is not null && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            await counter.PageServedAsync(visitor, ViewedItemOf(context, counts));
        }
    }

    private static ViewedItem? ViewedItemOf(HttpContext context, CountsVisitsAttribute counts) =>
        counts.ViewedIdRouteKey is { } key
        && int.TryParse(context.GetRouteValue(key) as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new ViewedItem(counts.Viewed, id)
            : null;

    // Browsers announce speculative loads; the reader may never look at the page.
    internal static bool IsPrefetch(HttpRequest request) =>
        request.Headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers["X-Purpose"].ToString().Contains("preview", StringComparison.OrdinalIgnoreCase)
        || request.Headers["X-Moz"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);
}
