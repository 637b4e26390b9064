using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Surveys;

/// <summary>What readers' pages read of the surveys: published ones, from their first day.</summary>
public sealed class PublishedSurveys(PortalDbContext db)
{
    /// <summary>A published survey that has opened, with its questions in order, or null.</summary>
    public Task<Survey?> FindAsync(int id, DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Order))
            .FirstOrDefaultAsync(s => s.Id == id && s.IsPublished && s.OpensAt <= utcNow, cancellationToken);

    /// <summary>Every published survey that has opened, the open ones first, then the latest to close.</summary>
    public Task<List<Survey>> OpenedAsync(DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().Where(s => s.IsPublished && s.OpensAt <= utcNow)
            .OrderBy(s => s.ClosesAt != null && s.ClosesAt <= utcNow).ThenByDescending(s => s.OpensAt).ThenByDescending(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Whether a survey opens or closes after one moment and up to another: then cached pages must be rendered again.</summary>
    public Task<bool> AnyBoundaryBetweenAsync(DateTime after, DateTime until, CancellationToken cancellationToken = default) =>
        db.Surveys.AnyAsync(s => s.IsPublished && ((s.OpensAt > after && s.OpensAt <= until) || (s.ClosesAt > after && s.ClosesAt <= until)), cancellationToken);
}
