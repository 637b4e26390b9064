namespace TuyenGiao.Videos;

/// <summary>A video as lists and blocks show it.</summary>
public sealed record VideoCard(int Id, string Title, string Slug, string? PosterUrl, int? DurationSeconds, DateOnly Date, DateTime PublishedAt);
