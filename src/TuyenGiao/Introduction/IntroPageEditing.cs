using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Categories;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Introduction;

/// <summary>
/// The admins' writes to introduction pages: create, save (each save leaves a revision), restore a
/// revision, delete. Each writes its audit line in the same save as the change.
/// </summary>
public sealed class IntroPageEditing(PortalDbContext db, AuditLog audit, MarkdownRenderer renderer, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<EditResult<IntroPage>> CreateAsync(IntroPageFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = await CheckAsync(null, fields, cancellationToken);
        if (!errors.IsEmpty)
        {
            return EditResult<IntroPage>.Invalid(errors);
        }
        var page = new IntroPage { Title = "", Slug = "" };
        Apply(page, fields);
        // The page needs its id before its revision and audit line can name it; all are saved or none.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IntroPages.Add(page);
        await db.SaveChangesAsync(cancellationToken);
        AddRevision(page, actor);
        audit.Record(actor, "Tạo trang giới thiệu", AuditRecordTypes.IntroPage, page.Id, page.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditResult<IntroPage>.Saved(page);
    }

    public async Task<EditResult<IntroPage>> SaveAsync(int id, IntroPageFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var page = await db.IntroPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return EditResult<IntroPage>.NotFound;
        }
        return await SaveFieldsAsync(page, fields, "Sửa trang giới thiệu", actor, cancellationToken);
    }

    /// <summary>Brings back a revision's text (both languages) as a new save; the tree, placement and slugs stay as they are now.</summary>
    public async Task<EditResult<IntroPage>> RestoreAsync(int id, int revisionId, Actor actor, CancellationToken cancellationToken = default)
    {
        var page = await db.IntroPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var revision = await db.IntroPageRevisions.FirstOrDefaultAsync(r => r.Id == revisionId && r.PageId == id, cancellationToken);
        if (page is null || revision is null)
        {
            return EditResult<IntroPage>.NotFound;
        }
        var saved = revision.ReadFields();
        var fields = IntroPageFields.Of(page) with
        {
            Title = saved.Title,
            BodyMarkdown = saved.BodyMarkdown,
            EnglishTitle = page.HasEnglish ? saved.EnglishTitle ?? page.EnglishTitle : saved.EnglishTitle,
            EnglishSlug = page.EnglishSlug ?? saved.EnglishSlug,
            EnglishBodyMarkdown = saved.EnglishBodyMarkdown,
        };
        return await SaveFieldsAsync(page, fields, "Khôi phục bản cũ của trang giới thiệu", actor, cancellationToken);
    }

    /// <summary>Deletes a page without children (its revisions go with it).</summary>
    public async Task<FieldErrors> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var page = await db.IntroPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return FieldErrors.Of(FieldErrors.WholeForm, "Trang này không còn tồn tại.");
        }
        if (await db.IntroPages.AnyAsync(p => p.ParentId == id, cancellationToken))
        {
            return FieldErrors.Of(FieldErrors.WholeForm, $"Trang “{page.Title}” còn trang con; hãy chuyển hoặc xóa các trang con trước.");
        }
        db.IntroPages.Remove(page);
        audit.Record(actor, "Xóa trang giới thiệu", AuditRecordTypes.IntroPage, page.Id, page.Title);
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }

    /// <summary>An edit or a restore of a saved page: checked, applied, its revision and audit line saved with it.</summary>
    private async Task<EditResult<IntroPage>> SaveFieldsAsync(
        IntroPage page, IntroPageFields fields, string action, Actor actor, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(page, fields, cancellationToken);
        if (!errors.IsEmpty)
        {
            return EditResult<IntroPage>.Invalid(errors);
        }
        Apply(page, fields);
        AddRevision(page, actor);
        audit.Record(actor, action, AuditRecordTypes.IntroPage, page.Id, page.Title);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<IntroPage>.Saved(page);
    }

    private void Apply(IntroPage page, IntroPageFields fields)
    {
        page.Title = fields.Title.Trim();
        page.Slug = SlugOf(fields.Slug, fields.Title);
        page.BodyMarkdown = fields.BodyMarkdown;
        page.BodyHtml = renderer.RenderSafeHtml(fields.BodyMarkdown);
        page.ParentId = fields.ParentId;
        page.Position = fields.Position;
        page.Placement = fields.Placement;
        page.ListsLeaders = fields.ListsLeaders;
        page.IsPublished = fields.IsPublished;
        if (string.IsNullOrWhiteSpace(fields.EnglishTitle))
        {
            page.EnglishTitle = null;
            page.EnglishSlug = null;
            page.EnglishBodyMarkdown = "";
            page.EnglishBodyHtml = "";
        }
        else
        {
            page.EnglishTitle = fields.EnglishTitle.Trim();
            page.EnglishSlug = SlugOf(fields.EnglishSlug, fields.EnglishTitle);
            page.EnglishBodyMarkdown = fields.EnglishBodyMarkdown ?? "";
            page.EnglishBodyHtml = renderer.RenderSafeHtml(page.EnglishBodyMarkdown);
        }
        page.UpdatedAt = Now;
    }

    private void AddRevision(IntroPage page, Actor actor) => db.IntroPageRevisions.Add(new IntroPageRevision
    {
        PageId = page.Id,
        SavedAt = Now,
        SavedByName = actor.Name,
        FieldsJson = IntroPageRevision.Serialize(IntroPageFields.Of(page)),
    });

    private static string SlugOf(string? typed, string title) => Text.Slug.FromTitle(string.IsNullOrWhiteSpace(typed) ? title : typed);

    private async Task<FieldErrors> CheckAsync(IntroPage? page, IntroPageFields fields, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var id = page?.Id ?? 0;
        if (string.IsNullOrWhiteSpace(fields.Title))
        {
            errors[nameof(IntroPageFields.Title)] = "Vui lòng nhập tiêu đề trang.";
        }
        else if (fields.Title.Trim().Length > IntroPage.TitleMaxLength)
        {
            errors[nameof(IntroPageFields.Title)] = $"Tiêu đề dài tối đa {IntroPage.TitleMaxLength} ký tự.";
        }
        if (fields.BodyMarkdown.Length > IntroPage.BodyMaxLength)
        {
            errors[nameof(IntroPageFields.BodyMarkdown)] = $"Nội dung dài tối đa {IntroPage.BodyMaxLength:N0} ký tự (đang có {fields.BodyMarkdown.Length:N0}).";
        }
        var slug = SlugOf(fields.Slug, fields.Title);
        if (!errors.Has(nameof(IntroPageFields.Title)))
        {
            if (slug.Length == 0)
            {
                errors[nameof(IntroPageFields.Slug)] = "Đường dẫn cần có ít nhất một chữ hoặc số.";
            }
            else if (CategoryManagement.ReservedSlugs.Contains(slug))
            {
                errors[nameof(IntroPageFields.Slug)] = $"Đường dẫn “{slug}” đã được trang khác của cổng dùng, xin chọn đường dẫn khác.";
            }
            // Pages in the main menu sit beside the categories: one address word must not name two places.
            else if (await db.Categories.AnyAsync(c => c.Slug == slug, cancellationToken))
            {
                errors[nameof(IntroPageFields.Slug)] = $"Đường dẫn “{slug}” trùng với một chuyên mục, xin chọn đường dẫn khác.";
            }
            else if (await db.IntroPages.AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken))
            {
                errors[nameof(IntroPageFields.Slug)] = $"Đường dẫn “{slug}” đã thuộc một trang giới thiệu khác.";
            }
        }
        await CheckParentAsync(errors, id, fields.ParentId, cancellationToken);
        await CheckEnglishAsync(errors, id, fields, cancellationToken);
        return errors;
    }

    private async Task CheckParentAsync(FieldErrors errors, int id, int? parentId, CancellationToken cancellationToken)
    {
        if (parentId is not { } wanted)
        {
            return;
        }
        var parent = await db.IntroPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == wanted, cancellationToken);
        if (parent is null || parent.Id == id)
        {
            errors[nameof(IntroPageFields.ParentId)] = "Trang cha không hợp lệ.";
        }
        else if (parent.ParentId is not null)
        {
            errors[nameof(IntroPageFields.ParentId)] = "Trang giới thiệu chỉ có hai cấp: hãy chọn một trang cấp trên cùng làm trang cha.";
        }
        else if (id != 0 && await db.IntroPages.AnyAsync(p => p.ParentId == id, cancellationToken))
        {
            errors[nameof(IntroPageFields.ParentId)] = "Trang này đang có trang con nên phải ở cấp trên cùng.";
        }
    }

    private async Task CheckEnglishAsync(FieldErrors errors, int id, IntroPageFields fields, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fields.EnglishTitle))
        {
            if (!string.IsNullOrWhiteSpace(fields.EnglishBodyMarkdown))
            {
                errors[nameof(IntroPageFields.EnglishTitle)] = "Bản tiếng Anh cần có tiêu đề (hoặc xóa nội dung tiếng Anh nếu trang không có bản tiếng Anh).";
            }
            return;
        }
        if (fields.EnglishTitle.Trim().Length > IntroPage.TitleMaxLength)
        {
            errors[nameof(IntroPageFields.EnglishTitle)] = $"Tiêu đề tiếng Anh dài tối đa {IntroPage.TitleMaxLength} ký tự.";
        }
        if ((fields.EnglishBodyMarkdown ?? "").Length > IntroPage.BodyMaxLength)
        {
            errors[nameof(IntroPageFields.EnglishBodyMarkdown)] = $"Nội dung tiếng Anh dài tối đa {IntroPage.BodyMaxLength:N0} ký tự.";
        }
        var slug = SlugOf(fields.EnglishSlug, fields.EnglishTitle);
        if (slug.Length == 0)
        {
            errors[nameof(IntroPageFields.EnglishSlug)] = "Đường dẫn tiếng Anh cần có ít nhất một chữ hoặc số.";
        }
        else if (await db.IntroPages.AnyAsync(p => p.EnglishSlug == slug && p.Id != id, cancellationToken))
        {
            errors[nameof(IntroPageFields.EnglishSlug)] = $"Đường dẫn tiếng Anh “{slug}” đã thuộc một trang khác.";
        }
    }
}
