using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
using TuyenGiao.Validation;

namespace TuyenGiao.Introduction;

/// <summary>The admins' list of the board's leaders: add, edit (with a photo through the media pipeline), order, remove.</summary>
public sealed class LeaderEditing(PortalDbContext db, AuditLog audit, ImageUploads uploads)
{
    public const string PhotoField = "Photo";

    public Task<List<Leader>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Leaders.AsNoTracking().OrderBy(l => l.Order).ThenBy(l => l.Id).ToListAsync(cancellationToken);

    public Task<Leader?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Leaders.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    /// <summary>Adds a leader (no id) or saves one; a photo, when given, is checked and stored first.</summary>
    public async Task<EditResult<Leader>> SaveAsync(
        int? id, LeaderFields fields, Stream? photo, string? photoName, Actor actor, CancellationToken cancellationToken = default)
    {
        var leader = id is { } existing ? await db.Leaders.FirstOrDefaultAsync(l => l.Id == existing, cancellationToken) : null;
        if (id is not null && leader is null)
        {
            return EditResult<Leader>.NotFound;
        }
        var errors = Check(fields);
        if (!errors.IsEmpty)
        {
            return EditResult<Leader>.Invalid(errors);
        }
        var (uploaded, uploadErrors) = await uploads.SaveIfGivenAsync(photo, photoName, PhotoField, actor, cancellationToken);
        if (!uploadErrors.IsEmpty)
        {
            return EditResult<Leader>.Invalid(uploadErrors);
        }
        if (leader is null)
        {
            leader = new Leader { Name = "", Position = "", Order = OrderedRows.Next(await db.Leaders.ToListAsync(cancellationToken)) };
            db.Leaders.Add(leader);
        }
        leader.Name = fields.Name.Trim();
        leader.Position = fields.Position.Trim();
        leader.EnglishPosition = Blank(fields.EnglishPosition);
        leader.Phone = Blank(fields.Phone);
        leader.Email = Blank(fields.Email);
        leader.PhotoUrl = uploaded?.Url ?? (fields.RemovePhoto ? null : leader.PhotoUrl);
        audit.Record(actor, id is null ? "Thêm lãnh đạo" : "Sửa thông tin lãnh đạo", AuditRecordTypes.IntroPage, id, leader.Name);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Leader>.Saved(leader);
    }

    public async Task<bool> MoveAsync(int id, bool up, Actor actor, CancellationToken cancellationToken = default)
    {
        var leaders = await db.Leaders.ToListAsync(cancellationToken);
        if (!OrderedRows.Move(leaders, id, up))
        {
            return false;
        }
        audit.Record(actor, "Đổi thứ tự lãnh đạo", AuditRecordTypes.IntroPage, id, leaders.Single(l => l.Id == id).Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var leader = await db.Leaders.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (leader is null)
        {
            return false;
        }
        db.Leaders.Remove(leader);
        audit.Record(actor, "Xóa lãnh đạo khỏi danh sách", AuditRecordTypes.IntroPage, id, leader.Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static FieldErrors Check(LeaderFields fields)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(fields.Name))
        {
            errors[nameof(LeaderFields.Name)] = "Vui lòng nhập họ tên.";
        }
        else if (fields.Name.Trim().Length > Leader.NameMaxLength)
        {
            errors[nameof(LeaderFields.Name)] = $"Họ tên dài tối đa {Leader.NameMaxLength} ký tự.";
        }
        if (string.IsNullOrWhiteSpace(fields.Position))
        {
            errors[nameof(LeaderFields.Position)] = "Vui lòng nhập chức vụ.";
        }
        else if (fields.Position.Trim().Length > Leader.PositionMaxLength)
        {
            errors[nameof(LeaderFields.Position)] = $"Chức vụ dài tối đa {Leader.PositionMaxLength} ký tự.";
        }
        if (fields.EnglishPosition?.Trim().Length > Leader.PositionMaxLength)
        {
            errors[nameof(LeaderFields.EnglishPosition)] = $"Chức vụ tiếng Anh dài tối đa {Leader.PositionMaxLength} ký tự.";
        }
        if (Blank(fields.Phone) is { } phone && (phone.Length > 50 || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '.' or '-')))
        {
            errors[nameof(LeaderFields.Phone)] = "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . - (tối đa 50 ký tự).";
        }
        if (Blank(fields.Email) is { } email && (email.Length > 200 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            errors[nameof(LeaderFields.Email)] = "Email không hợp lệ.";
        }
        return errors;
    }
}
