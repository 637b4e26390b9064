using TuyenGiao.Content;

namespace TuyenGiao.Banners;

/// <summary>
/// A campaign's or a sponsor's banner: an image from the media library, its alternative text, where a
/// click leads, its slot, and the days it shows (Vietnam time). Clicks go through /qc/{id}, which counts
/// them and sends the reader to <see cref="DestinationUrl"/> only.
/// </summary>
public class Banner : IOrderedRow
{
    public const int AltTextMaxLength = 300;

    public int Id { get; set; }
    public required string ImageUrl { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>What the image says, for a reader who cannot see it (and what a sponsor's row names).</summary>
    public required string AltText { get; set; }

    /// <summary>Absolute <c>http</c>/<c>https</c> only (<see cref="Links.WebAddress"/>).</summary>
    public required string DestinationUrl { get; set; }

    public BannerSlot Slot { get; set; }

    /// <summary>UTC; 00:00 in Vietnam of its first day.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC, exclusive; 00:00 in Vietnam of the day after its last. Null: no end.</summary>
    public DateTime? EndsAt { get; set; }

    public int Order { get; set; }

    /// <summary>Clicks counted so far (once per reader per day, no bots); per day in <see cref="BannerDailyClicks"/>.</summary>
    public long ClickCount { get; set; }

    public bool ShowsAt(DateTime utcNow) => Time.ShowingDays.Covers(StartsAt, EndsAt, utcNow);
}

/// <summary>Clicks on one banner on one day (Vietnam time): what the admins' table of clicks reads.</summary>
public class BannerDailyClicks
{
    public int BannerId { get; set; }
    public DateOnly Day { get; set; }
    public long Clicks { get; set; }
}
