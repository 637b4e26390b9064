namespace TuyenGiao.Search;

/// <param name="CategoryIds">Only articles in these categories; null for all.</param>
/// <param name="FromUtc">Published at or after this instant.</param>
/// <param name="BeforeUtc">Published before this instant.</param>
public sealed record SearchFilters(IReadOnlyCollection<int>? CategoryIds = null, DateTime? FromUtc = null, DateTime? BeforeUtc = null);
