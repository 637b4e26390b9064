using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Categories;

public sealed class SiteCategories(PortalDbContext db)
{
    private sealed record Row(int Id, string Name, string Slug, int? ParentId);

    // Every public page's menu asks this when the page cache misses: compiled once, so EF does not
    // rebuild and hash the LINQ tree each time.
    private static readonly Func<PortalDbContext, bool, IAsyncEnumerable<Row>> InDisplayOrder =
        EF.CompileAsyncQuery((PortalDbContext db, bool onlyMenu) =>
            db.Categories.AsNoTracking()
                .Where(c => !onlyMenu || c.ShowInMenu)
                .OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
                .Select(c => new Row(c.Id, c.Name, c.Slug, c.ParentId)));

    /// <summary>The menu: top-level categories shown in it, each with its shown children, in display order.</summary>
    public Task<IReadOnlyList<MenuCategory>> MenuAsync(CancellationToken cancellationToken = default) =>
        TreeAsync(onlyMenu: true, cancellationToken);

    /// <summary>Every category, hidden ones too, as a two-level tree in display order.</summary>
    public Task<IReadOnlyList<MenuCategory>> AllAsync(CancellationToken cancellationToken = default) =>
        TreeAsync(onlyMenu: false, cancellationToken);

    private async Task<IReadOnlyList<MenuCategory>> TreeAsync(bool onlyMenu, CancellationToken cancellationToken)
    {
        var shown = await InDisplayOrder(db, onlyMenu).ToListAsync(cancellationToken);
        var childrenOf = shown.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        return shown.Where(c => c.ParentId is null)
            .Select(c => new MenuCategory(c.Id, c.Name, c.Slug,
                childrenOf[c.Id].Select(child => new MenuCategory(child.Id, child.Name, child.Slug, [])).ToList()))
            .ToList();
    }

    /// <summary>A category with its children, whose articles its page lists too.</summary>
    public Task<Category?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        WithFamily.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public Task<Category?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        WithFamily.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private IQueryable<Category> WithFamily => db.Categories.AsNoTracking()
        .Include(c => c.Parent)
        .Include(c => c.Children.OrderBy(child => child.DisplayOrder));

    /// <summary>The current slug of the category that once had <paramref name="formerSlug"/>, if any.</summary>
    public Task<string?> CurrentSlugForAsync(string formerSlug, CancellationToken cancellationToken = default) =>
        db.FormerCategorySlugs.AsNoTracking()
            .Where(f => f.Slug == formerSlug)
            .Join(db.Categories, f => f.CategoryId, c => c.Id, (_, c) => c.Slug)
            .FirstOrDefaultAsync(cancellationToken);
}
