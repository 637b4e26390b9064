using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Text;
using TuyenGiao.Validation;

namespace TuyenGiao.Categories;

/// <summary>The admins' changes to categories. Each is audited in the same save.</summary>
public sealed class CategoryManagement(PortalDbContext db, AuditLog audit)
{
    /// <summary>
    /// First path segments the site itself answers; a category there would never be reached.
    /// Kept in step with the web app's routes and folders of files (a test checks the routes).
    /// </summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "tim-kiem", "rss", "loi", "sitemaps", "healthz", "media", "css", "js", "lib", "demo",
        "lien-he", "phan-hoi", "ma-kiem-tra", "thu-vien-anh", "phim-tu-lieu", "van-ban",
        "gioi-thieu", "en", "chuyen-de", "qc", "tham-do", "khao-sat", "cuoc-thi",
        // Razor Pages also answers /Index for the home page, and paths match whatever their case.
        "index",
    };

    /// <summary>How many articles each category holds (its own, not its children's).</summary>
    public async Task<IReadOnlyDictionary<int, int>> ArticleCountsAsync(CancellationToken cancellationToken = default) =>
        await db.Articles.GroupBy(a => a.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<CategoryResult> CreateAsync(CategoryFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var slug = SlugOf(fields);
        var errors = await CheckAsync(null, fields, slug, cancellationToken);
        if (!errors.IsEmpty)
        {
            return new CategoryResult(null, errors);
        }
        var category = new Category { Name = fields.Name.Trim(), Slug = slug };
        Copy(fields, category);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Categories.Add(category);
        // A new category may take a slug another one left behind; the new one wins.
        await db.FormerCategorySlugs.Where(f => f.Slug == slug).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "Tạo chuyên mục", AuditRecordTypes.Category, category.Id, category.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CategoryResult(category.Id, FieldErrors.None);
    }

    public async Task<CategoryResult> UpdateAsync(int id, CategoryFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var category = await db.Categories.Include(c => c.Children).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return CategoryResult.Failed(FieldErrors.WholeForm, "Chuyên mục không còn tồn tại.");
        }
        var slug = SlugOf(fields);
        var errors = await CheckAsync(category, fields, slug, cancellationToken);
        if (!errors.IsEmpty)
        {
            return new CategoryResult(id, errors);
        }
        if (slug != category.Slug)
        {
            // Links made with the old slug keep working (a permanent redirect), and a slug given back
            // to this category stops redirecting.
            await db.FormerCategorySlugs.Where(f => f.Slug == slug).ExecuteDeleteAsync(cancellationToken);
            db.FormerCategorySlugs.Add(new FormerCategorySlug { Slug = category.Slug, CategoryId = id });
            category.Slug = slug;
        }
        category.Name = fields.Name.Trim();
        Copy(fields, category);
        audit.Record(actor, "Sửa chuyên mục", AuditRecordTypes.Category, category.Id, category.Name);
        await db.SaveChangesAsync(cancellationToken);
        return new CategoryResult(id, FieldErrors.None);
    }

    /// <summary>Deletes a category that holds no article and no sub-category; otherwise says why not.</summary>
    public async Task<CategoryResult> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return CategoryResult.Failed(FieldErrors.WholeForm, "Chuyên mục không còn tồn tại.");
        }
        var articles = await db.Articles.CountAsync(a => a.CategoryId == id, cancellationToken);
        if (articles > 0)
        {
            return CategoryResult.Failed(FieldErrors.WholeForm, $"Không thể xóa: chuyên mục còn {articles} bài viết. Hãy chuyển các bài sang chuyên mục khác trước.");
        }
        var children = await db.Categories.CountAsync(c => c.ParentId == id, cancellationToken);
        if (children > 0)
        {
            return CategoryResult.Failed(FieldErrors.WholeForm, $"Không thể xóa: chuyên mục còn {children} chuyên mục con.");
        }
        db.Categories.Remove(category);
        audit.Record(actor, "Xóa chuyên mục", AuditRecordTypes.Category, category.Id, category.Name);
        await db.SaveChangesAsync(cancellationToken);
        return new CategoryResult(id, FieldErrors.None);
    }

    private static string SlugOf(CategoryFields fields) =>
        Slug.FromTitle(string.IsNullOrWhiteSpace(fields.Slug) ? fields.Name : fields.Slug);

    private static void Copy(CategoryFields fields, Category category)
    {
        category.ParentId = fields.ParentId;
        category.DisplayOrder = fields.DisplayOrder;
        category.ShowInMenu = fields.ShowInMenu;
        category.Description = string.IsNullOrWhiteSpace(fields.Description) ? null : fields.Description.Trim();
    }

    private async Task<FieldErrors> CheckAsync(Category? category, CategoryFields fields, string slug, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (slug.Length == 0)
        {
            errors[nameof(CategoryFields.Name)] = "Tên chuyên mục cần có ít nhất một chữ hoặc số.";
        }
        else if (ReservedSlugs.Contains(slug))
        {
            errors[nameof(CategoryFields.Slug)] = $"Đường dẫn “{slug}” đã được trang khác của cổng dùng, xin chọn đường dẫn khác.";
        }
        else if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != (category == null ? 0 : category.Id), cancellationToken))
        {
            errors[nameof(CategoryFields.Slug)] = $"Đường dẫn “{slug}” đã thuộc một chuyên mục khác.";
        }
        if (fields.ParentId is { } parentId)
        {
            var parent = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, cancellationToken);
            if (parent is null || parent.Id == category?.Id)
            {
                errors[nameof(CategoryFields.ParentId)] = "Chuyên mục cha không hợp lệ.";
            }
            else if (parent.ParentId is not null)
            {
                errors[nameof(CategoryFields.ParentId)] = "Chỉ có hai cấp: chuyên mục cha phải là chuyên mục cấp một.";
            }
            else if (category?.Children.Count > 0)
            {
                errors[nameof(CategoryFields.ParentId)] = "Chuyên mục này đang có chuyên mục con nên không thể đặt dưới chuyên mục khác.";
            }
        }
        return errors;
    }
}
