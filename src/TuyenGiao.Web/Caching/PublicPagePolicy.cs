using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Pages.Documents;
using TuyenGiao.Web.Pages.Search;

namespace TuyenGiao.Web.Caching;

/// <summary>
/// How the pages every anonymous reader sees alike are kept in the output cache: for a set time at most,
/// under one tag that any change to published content evicts (<see cref="PublicContentChanges"/>).
/// Signed-in editors never read from it or write to it, so they always see fresh pages.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    public const string Name = "public-page";
    public const string Tag = "public-content";

    /// <summary>
    /// The query keys cached pages read; the cache tells pages apart by these alone. Readers from Facebook
    /// and Zalo arrive with a click id unique to each click (<c>?fbclid=…</c>, <c>?zarsrc=…&amp;utm_source=…</c>):
    /// varied by every key, each of them missed the cache, and a script could fill it with variants.
    /// A cached page that reads another key must add it here (a test checks the pages' bindings).
    /// </summary>
    public static IReadOnlyList<string> QueryKeysPagesRead => VariedQueryKeys;

    private static readonly string[] VariedQueryKeys =
        [SiteUrls.PageQueryKey, SearchQueryKeys.Text, SearchQueryKeys.Category, SearchQueryKeys.From, SearchQueryKeys.To,
            DocumentQueryKeys.Type, DocumentQueryKeys.Issuer, DocumentQueryKeys.Field, DocumentQueryKeys.Year, DocumentQueryKeys.Status,
            Pages.Contests.ContestQueryKeys.Round];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = VariedQueryKeys;
        // Compression runs inside the cache, so each encoding a browser accepts is a version of its own.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.Tags.Add(Tag);
        if (cacheable)
        {
            // Headers are stored as the page starts; these travel with the cached copy. A new rendering
            // gets a new tag, so a returning reader revalidates and gets 304 until the content changes.
            http.Response.Headers.ETag = NextEntityTag();
            http.Response.Headers.CacheControl = "no-cache";
        }
        return ValueTask.CompletedTask;
    }

    // Unique per rendering across restarts and instances (the prefix is random per process) without asking the
    // system for random bytes on every request, which a new GUID does; this runs for cache hits too.
    private static readonly string EntityTagPrefix = Guid.NewGuid().ToString("N")[..16];
    private static long _renderings;

    private static string NextEntityTag() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{EntityTagPrefix}{Interlocked.Increment(ref _renderings):x}\"");

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || SetsOtherCookieThanVisitorId(response))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    // The visitor cookie is added as the response starts, after the cached copy took its headers, so it
    // is never replayed to another reader; any other cookie means the page is someone's own.
    private static bool SetsOtherCookieThanVisitorId(HttpResponse response) =>
        response.Headers.SetCookie.Any(cookie => cookie is not null && !cookie.StartsWith(VisitorIds.CookieName + "=", StringComparison.Ordinal));
}
