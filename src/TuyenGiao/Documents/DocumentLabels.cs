using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Documents;

/// <summary>The library's lists an admin keeps (types, issuers, fields, series): read in order, added to, renamed, reordered, deleted when unused.</summary>
public sealed class DocumentLabels(PortalDbContext db, AuditLog audit)
{
    public Task<List<DocumentLabel>> ListAsync(DocumentLabelKind kind, CancellationToken cancellationToken = default) =>
        db.DocumentLabels.AsNoTracking().Where(l => l.Kind == kind).OrderBy(l => l.Position).ThenBy(l => l.Name).ToListAsync(cancellationToken);

    public Task<List<DocumentLabel>> AllAsync(CancellationToken cancellationToken = default) =>
        db.DocumentLabels.AsNoTracking().OrderBy(l => l.Kind).ThenBy(l => l.Position).ThenBy(l => l.Name).ToListAsync(cancellationToken);

    public async Task<FieldErrors> AddAsync(DocumentLabelKind kind, string name, Actor actor, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        var errors = await CheckAsync(kind, name, exceptId: null, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var last = await db.DocumentLabels.Where(l => l.Kind == kind).MaxAsync(l => (int?)l.Position, cancellationToken) ?? 0;
        db.DocumentLabels.Add(new DocumentLabel { Kind = kind, Name = name, Position = last + 1 });
        audit.Record(actor, $"Thêm {KindName(kind)}", AuditRecordTypes.DocumentLabel, null, name);
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }

    /// <summary>Renames and places a label; null when there is no such label.</summary>
    public async Task<FieldErrors?> SaveAsync(int id, string name, int position, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await db.DocumentLabels.FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } label)
        {
            return null;
        }
        name = name.Trim();
        var errors = await CheckAsync(label.Kind, name, id, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors;
        }
        audit.Record(actor, label.Name == name ? $"Sắp xếp {KindName(label.Kind)}" : $"Đổi tên {KindName(label.Kind)} “{label.Name}”",
            AuditRecordTypes.DocumentLabel, id, name);
        label.Name = name;
        label.Position = position;
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }

    /// <summary>Deletes a label no document uses; null when there is no such label.</summary>
    public async Task<FieldErrors?> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await db.DocumentLabels.FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } label)
        {
            return null;
        }
        var used = await db.LegalDocuments.CountAsync(d => d.TypeId == id || d.IssuerId == id || d.FieldId == id || d.SeriesId == id, cancellationToken);
        if (used > 0)
        {
            return FieldErrors.Of(FieldErrors.WholeForm, $"Không xóa được “{label.Name}”: {used} văn bản đang dùng. Hãy chuyển các văn bản đó sang mục khác trước.");
        }
        db.DocumentLabels.Remove(label);
        audit.Record(actor, $"Xóa {KindName(label.Kind)}", AuditRecordTypes.DocumentLabel, id, label.Name);
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }

    public static string KindName(DocumentLabelKind kind) => kind switch
    {
        DocumentLabelKind.Type => "loại văn bản",
        DocumentLabelKind.Issuer => "cơ quan ban hành",
        DocumentLabelKind.Series => "ấn phẩm định kỳ",
        _ => "lĩnh vực",
    };

    private async Task<FieldErrors> CheckAsync(DocumentLabelKind kind, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return FieldErrors.Of("Name", $"Vui lòng nhập tên {KindName(kind)}.");
        }
        if (name.Length > DocumentLabel.NameMaxLength)
        {
            return FieldErrors.Of("Name", $"Tên dài tối đa {DocumentLabel.NameMaxLength} ký tự.");
        }
        // SQLite compares case-sensitively; names are few, so they are compared here.
        var names = await db.DocumentLabels.Where(l => l.Kind == kind && l.Id != exceptId).Select(l => l.Name).ToListAsync(cancellationToken);
        return names.Any(n => string.Equals(n, name, StringComparison.CurrentCultureIgnoreCase))
            ? FieldErrors.Of("Name", $"Đã có {KindName(kind)} “{name}”.")
            : FieldErrors.None;
    }
}
