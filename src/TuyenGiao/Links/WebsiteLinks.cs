using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
using TuyenGiao.Validation;

namespace TuyenGiao.Links;

/// <summary>"Liên kết website": the admins' ordered list, and what the readers' block reads.</summary>
public sealed class WebsiteLinks(PortalDbContext db, AuditLog audit, ImageUploads uploads)
{
    public const string LogoField = "Logo";

    public Task<List<WebsiteLink>> AllAsync(CancellationToken cancellationToken = default) =>
        db.WebsiteLinks.AsNoTracking().OrderBy(l => l.Order).ThenBy(l => l.Id).ToListAsync(cancellationToken);

    public Task<WebsiteLink?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.WebsiteLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    /// <summary>Adds a link (no id) or saves one.</summary>
    public async Task<EditResult<WebsiteLink>> SaveAsync(
        int? id, LinkFields fields, Stream? logo, string? logoName, Actor actor, CancellationToken cancellationToken = default)
    {
        var link = id is { } existing ? await db.WebsiteLinks.FirstOrDefaultAsync(l => l.Id == existing, cancellationToken) : null;
        if (id is not null && link is null)
        {
            return EditResult<WebsiteLink>.NotFound;
        }
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(fields.Name))
        {
            errors[nameof(LinkFields.Name)] = "Vui lòng nhập tên trang web.";
        }
        else if (fields.Name.Trim().Length > WebsiteLink.NameMaxLength)
        {
            errors[nameof(LinkFields.Name)] = $"Tên dài tối đa {WebsiteLink.NameMaxLength} ký tự.";
        }
        var url = WebAddress.Check(fields.Url, out var urlError);
        errors[nameof(LinkFields.Url)] = urlError;
        if (!errors.IsEmpty)
        {
            return EditResult<WebsiteLink>.Invalid(errors);
        }
        var (uploaded, uploadErrors) = await uploads.SaveIfGivenAsync(logo, logoName, LogoField, actor, cancellationToken);
        if (!uploadErrors.IsEmpty)
        {
            return EditResult<WebsiteLink>.Invalid(uploadErrors);
        }
        if (link is null)
        {
            link = new WebsiteLink { Name = "", Url = "", Order = OrderedRows.Next(await db.WebsiteLinks.ToListAsync(cancellationToken)) };
            db.WebsiteLinks.Add(link);
        }
        link.Name = fields.Name.Trim();
        link.Url = url!;
        link.LogoUrl = uploaded?.Url ?? (fields.RemoveLogo ? null : link.LogoUrl);
        audit.Record(actor, id is null ? "Thêm liên kết website" : "Sửa liên kết website", AuditRecordTypes.Link, id, link.Name);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<WebsiteLink>.Saved(link);
    }

    public async Task<bool> MoveAsync(int id, bool up, Actor actor, CancellationToken cancellationToken = default)
    {
        var links = await db.WebsiteLinks.ToListAsync(cancellationToken);
        if (!OrderedRows.Move(links, id, up))
        {
            return false;
        }
        audit.Record(actor, "Đổi thứ tự liên kết website", AuditRecordTypes.Link, id, links.Single(l => l.Id == id).Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var link = await db.WebsiteLinks.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (link is null)
        {
            return false;
        }
        db.WebsiteLinks.Remove(link);
        audit.Record(actor, "Xóa liên kết website", AuditRecordTypes.Link, id, link.Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
