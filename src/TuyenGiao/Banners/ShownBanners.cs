using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Time;

namespace TuyenGiao.Banners;

/// <summary>A banner as a reader's page shows it.</summary>
public sealed record BannerCard(int Id, string ImageUrl, int Width, int Height, string AltText, BannerSlot Slot, DateTime StartsAt, DateTime? EndsAt)
{
    public bool ShowsAt(DateTime utcNow) => ShowingDays.Covers(StartsAt, EndsAt, utcNow);
}

/// <summary>What readers' pages read of the banners, and where a click on one leads.</summary>
public sealed class ShownBanners(PortalDbContext db)
{
    /// <summary>
    /// Every banner not yet ended, those still to come included: the pages keep this list between content
    /// changes and pick what shows at the moment they render, so a banner due tomorrow needs no save to appear.
    /// </summary>
    public Task<List<BannerCard>> NotEndedAsync(DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Banners.AsNoTracking().Where(b => b.EndsAt == null || b.EndsAt > utcNow)
            .OrderBy(b => b.Slot).ThenBy(b => b.Order).ThenBy(b => b.Id)
            .Select(b => new BannerCard(b.Id, b.ImageUrl, b.Width, b.Height, b.AltText, b.Slot, b.StartsAt, b.EndsAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Where a click on the banner leads (its stored destination, never anything from the request), and
    /// whether it shows now (only then does the click count); null for an id no banner has.
    /// </summary>
    public async Task<(string Destination, bool ShowsNow)?> ClickTargetAsync(int id, DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var banner = await db.Banners.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.DestinationUrl, b.StartsAt, b.EndsAt }).FirstOrDefaultAsync(cancellationToken);
        return banner is null ? null : (banner.DestinationUrl, ShowingDays.Covers(banner.StartsAt, banner.EndsAt, utcNow));
    }

    /// <summary>Whether a banner starts or ends showing after one moment and up to another: then cached pages must be rendered again.</summary>
    public async Task<bool> AnyBoundaryBetweenAsync(DateTime after, DateTime until, CancellationToken cancellationToken = default) =>
        await db.Banners.AnyAsync(b => (b.StartsAt > after && b.StartsAt <= until) || (b.EndsAt > after && b.EndsAt <= until), cancellationToken);
}
