using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Articles;

public static class ArticlesInCategory
{
    /// <summary>
    /// The articles of one category. A top-level category gathers its children's too, found through
    /// <c>TopCategoryId</c> (kept by database triggers) so that the database reads one index range rather
    /// than testing every row against a list of ids.
    /// </summary>
    public static IQueryable<Article> InCategory(this IQueryable<Article> articles, int categoryId, bool isTopLevel) =>
        isTopLevel
            ? articles.Where(a => EF.Property<int>(a, PortalDbContext.TopCategoryId) == categoryId)
            : articles.Where(a => a.CategoryId == categoryId);
}
