using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Audit;

/// <summary>
/// Adds audit lines to the caller's unit of work: they are stored by the same SaveChanges as the
/// change they describe, so the log never claims what did not happen nor misses what did.
/// </summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public void Record(Actor actor, string action, string recordType, object? recordId, string recordName) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.Name,
            Action = action,
            RecordType = recordType,
            RecordId = recordId?.ToString(),
            RecordName = recordName.Length > 300 ? recordName[..300] : recordName,
        });

    /// <summary>Newest first, optionally one kind of record only.</summary>
    public async Task<Paged<AuditEntry>> PageAsync(string? recordType, int page, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking()
            .Where(e => string.IsNullOrEmpty(recordType) || e.RecordType == recordType);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<AuditEntry>(items, page, PageSize, total);
    }
}
