using TuyenGiao.Categories;

namespace TuyenGiao.Search;

/// <param name="Category">Only articles in this category (and its children, for a top-level one); null for all.</param>
/// <param name="FromUtc">Published at or after this instant.</param>
/// <param name="BeforeUtc">Published before this instant.</param>
public sealed record SearchFilters(Category? Category = null, DateTime? FromUtc = null, DateTime? BeforeUtc = null);
