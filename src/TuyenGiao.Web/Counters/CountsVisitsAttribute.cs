namespace TuyenGiao.Web.Counters;

/// <summary>
/// Marks a public page whose successful responses count as a visit; with <see cref="ArticleIdRouteKey"/>,
/// also as a view of the article that route value names.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CountsVisitsAttribute : Attribute
{
    public string? ArticleIdRouteKey { get; init; }
}
