using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Contests;

/// <summary>
/// The units participants choose from (communes, districts, organisations), kept by admins as a list of
/// names one a line: a new line adds a unit, a removed line removes one nobody has chosen, the order is the list's.
/// </summary>
public sealed class ContestUnits(PortalDbContext db, AuditLog audit)
{
    public const int MaxUnits = 2_000;

    public async Task<FieldErrors> SaveAsync(string typed, Actor actor, CancellationToken cancellationToken = default)
    {
        var names = ChoiceLines.Split(typed);
        if (names.Count > MaxUnits)
        {
            return FieldErrors.Of("Units", $"Tối đa {MaxUnits:N0} đơn vị.");
        }
        if (names.FirstOrDefault(n => n.Length > ContestUnit.NameMaxLength) is { } tooLong)
        {
            return FieldErrors.Of("Units", $"Tên đơn vị dài tối đa {ContestUnit.NameMaxLength} ký tự: “{tooLong[..40]}…”.");
        }
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return FieldErrors.Of("Units", $"“{twice.Key}” được nhập hai lần.");
        }
        var units = await db.ContestUnits.ToListAsync(cancellationToken);
        var removed = units.Where(u => !names.Contains(u.Name, StringComparer.Ordinal)).ToList();
        var removedIds = removed.Select(u => u.Id).ToList();
        var inUse = await db.ContestParticipants.Where(p => removedIds.Contains(p.UnitId)).Select(p => p.UnitId).Distinct().ToListAsync(cancellationToken);
        if (inUse.Count > 0)
        {
            return FieldErrors.Of("Units", $"Không bỏ được đơn vị đã có người đăng ký dự thi: {string.Join(", ", removed.Where(u => inUse.Contains(u.Id)).Select(u => u.Name))}.");
        }
        db.ContestUnits.RemoveRange(removed);
        for (var i = 0; i < names.Count; i++)
        {
            var unit = units.FirstOrDefault(u => u.Name == names[i]);
            if (unit is null)
            {
                unit = new ContestUnit { Name = names[i] };
                db.ContestUnits.Add(unit);
            }
            unit.Order = i + 1;
        }
        audit.Record(actor, "Sửa danh sách đơn vị dự thi", AuditRecordTypes.Contest, null, $"{names.Count} đơn vị");
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }
}
