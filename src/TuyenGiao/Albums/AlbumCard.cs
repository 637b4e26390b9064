namespace TuyenGiao.Albums;

/// <summary>An album as lists and blocks show it.</summary>
public sealed record AlbumCard(int Id, string Title, string Slug, string? CoverImageUrl, int PhotoCount, DateOnly EventDate, DateTime PublishedAt);
