using System.Globalization;
using TuyenGiao.Banners;
using TuyenGiao.Counters;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Banners;

/// <summary>
/// /qc/{id}: counts a click on a banner (once per reader per day; bots and prefetches not counted) and
/// sends the reader to the banner's stored destination. The destination is never taken from the request,
/// so the address cannot be used to send readers anywhere else in the portal's name.
/// </summary>
public static class BannerClicks
{
    public const string Prefix = "/qc";

    public static string Address(int bannerId) => $"{Prefix}/{bannerId.ToString(CultureInfo.InvariantCulture)}";

    public static void MapBannerClicks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Prefix + "/{id:int}", async (
            int id, HttpContext context, ShownBanners banners, VisitCounter counter, VisitorIds visitorIds, BotUserAgents bots, TimeProvider clock) =>
        {
            var target = await banners.ClickTargetAsync(id, clock.GetUtcNow().UtcDateTime, context.RequestAborted);
            if (target is not { } found)
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "no-store";
            if (found.ShowsNow && !bots.IsBot(context.Request.Headers.UserAgent) && !VisitCountingMiddleware.IsPrefetch(context.Request)
                && visitorIds.For(context) is { } visitor)
            {
                await counter.BannerClickedAsync(visitor, id);
            }
            return Results.Redirect(found.Destination);
        });
}
