using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Contests;

/// <summary>What readers' pages read of the contests: published ones, with their rounds in order.</summary>
public sealed class PublishedContests(PortalDbContext db)
{
    public Task<Contest?> BySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Contests.AsNoTracking().Include(c => c.Rounds.OrderBy(r => r.Number)).FirstOrDefaultAsync(c => c.IsPublished && c.Slug == slug, cancellationToken);

    /// <summary>Every published contest, the latest to start first.</summary>
    public Task<List<Contest>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Contests.AsNoTracking().Include(c => c.Rounds.OrderBy(r => r.Number)).Where(c => c.IsPublished)
            .OrderByDescending(c => c.Rounds.Min(r => (DateTime?)r.StartsAt)).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>The units to choose from when registering, in the admins' order.</summary>
    public Task<List<ContestUnit>> UnitsAsync(CancellationToken cancellationToken = default) =>
        db.ContestUnits.AsNoTracking().OrderBy(u => u.Order).ThenBy(u => u.Id).ToListAsync(cancellationToken);

    /// <summary>Whether a round starts or ends after one moment and up to another: then cached pages must be rendered again.</summary>
    public Task<bool> AnyBoundaryBetweenAsync(DateTime after, DateTime until, CancellationToken cancellationToken = default) =>
        db.ContestRounds.AnyAsync(r => db.Contests.Any(c => c.Id == r.ContestId && c.IsPublished)
            && ((r.StartsAt > after && r.StartsAt <= until) || (r.EndsAt > after && r.EndsAt <= until)), cancellationToken);
}
