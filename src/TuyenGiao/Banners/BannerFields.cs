namespace TuyenGiao.Banners;

/// <summary>What the banner form sends; the image comes as an upload beside it (required for a new banner).</summary>
public sealed record BannerFields(string AltText, string DestinationUrl, BannerSlot Slot, DateOnly? StartsOn, DateOnly? EndsOn);
