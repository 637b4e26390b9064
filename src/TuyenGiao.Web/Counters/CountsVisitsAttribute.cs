using TuyenGiao.Counters;

namespace TuyenGiao.Web.Counters;

/// <summary>
/// Marks a public page whose successful responses count as a visit; with <see cref="ViewedIdRouteKey"/>,
/// also as a view of the article, album or video (<see cref="Viewed"/>) that route value names.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CountsVisitsAttribute : Attribute
{
    public string? ViewedIdRouteKey { get; init; }

    public ViewedKind Viewed { get; init; } = ViewedKind.Article;
}
