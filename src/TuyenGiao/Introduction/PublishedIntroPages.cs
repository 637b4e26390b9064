using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Introduction;

/// <summary>An introduction page as the menu, the footer and the tree name it: no text.</summary>
public sealed record IntroPageLink(int Id, string Title, string Slug, int? ParentId, int Position, IntroPlacement Placement, string? EnglishTitle, string? EnglishSlug);

/// <summary>The published introduction pages: the tree of two levels, in the admin's order.</summary>
public sealed record IntroTree(IReadOnlyList<IntroPageLink> Pages)
{
    public IEnumerable<IntroPageLink> TopLevel => Pages.Where(p => p.ParentId is null);

    public IEnumerable<IntroPageLink> ChildrenOf(int id) => Pages.Where(p => p.ParentId == id);

    public IEnumerable<IntroPageLink> In(IntroPlacement placement) => Pages.Where(p => p.Placement == placement);

    public IEnumerable<IntroPageLink> English => Pages.Where(p => p.EnglishSlug is not null);
}

/// <summary>All a reader's page may read of the introduction pages: published ones only.</summary>
public sealed class PublishedIntroPages(PortalDbContext db)
{
    public async Task<IntroTree> TreeAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.IntroPages.AsNoTracking().Where(p => p.IsPublished)
            .Select(p => new IntroPageLink(p.Id, p.Title, p.Slug, p.ParentId, p.Position, p.Placement, p.EnglishTitle, p.EnglishSlug))
            .ToListAsync(cancellationToken);
        // Children of an unpublished parent have no place in the tree, so they hang at the top level.
        var published = pages.Select(p => p.Id).ToHashSet();
        var ordered = pages
            .Select(p => p.ParentId is { } parent && !published.Contains(parent) ? p with { ParentId = null } : p)
            .OrderBy(p => p.Position).ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
        return new IntroTree(ordered);
    }

    public Task<IntroPage?> BySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.IntroPages.AsNoTracking().FirstOrDefaultAsync(p => p.IsPublished && p.Slug == slug, cancellationToken);

    public Task<IntroPage?> ByEnglishSlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.IntroPages.AsNoTracking().FirstOrDefaultAsync(p => p.IsPublished && p.EnglishSlug == slug, cancellationToken);

    public Task<List<Leader>> LeadersAsync(CancellationToken cancellationToken = default) =>
        db.Leaders.AsNoTracking().OrderBy(l => l.Order).ThenBy(l => l.Id).ToListAsync(cancellationToken);
}
