using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Polls;

/// <summary>What readers' pages read of the polls: published ones, from their first day.</summary>
public sealed class PublishedPolls(PortalDbContext db)
{
    public const int PageSize = 10;

    /// <summary>A published poll that has opened (with its options in order), or null.</summary>
    public Task<Poll?> FindAsync(int id, DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.Order))
            .FirstOrDefaultAsync(p => p.Id == id && p.IsPublished && p.OpensAt <= utcNow, cancellationToken);

    /// <summary>Published polls not yet closed (those still to come too): pages pick the open one as they render.</summary>
    public Task<List<Poll>> NotClosedAsync(DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.Order))
            .Where(p => p.IsPublished && (p.ClosesAt == null || p.ClosesAt > utcNow))
            .OrderByDescending(p => p.OpensAt).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>One page of the polls that have closed, the latest to close first, with their final counts.</summary>
    public async Task<Paged<Poll>> ClosedAsync(int page, DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var closed = db.Polls.AsNoTracking().Where(p => p.IsPublished && p.OpensAt <= utcNow && p.ClosesAt != null && p.ClosesAt <= utcNow);
        var total = await closed.CountAsync(cancellationToken);
        var items = await closed.Include(p => p.Options.OrderBy(o => o.Order))
            .OrderByDescending(p => p.ClosesAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Paged<Poll>(items, page, PageSize, total);
    }

    /// <summary>Whether a poll opens or closes after one moment and up to another: then cached pages must be rendered again.</summary>
    public Task<bool> AnyBoundaryBetweenAsync(DateTime after, DateTime until, CancellationToken cancellationToken = default) =>
        db.Polls.AnyAsync(p => p.IsPublished && ((p.OpensAt > after && p.OpensAt <= until) || (p.ClosesAt > after && p.ClosesAt <= until)), cancellationToken);
}
