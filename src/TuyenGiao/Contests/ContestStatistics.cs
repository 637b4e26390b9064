using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Contests;

/// <summary>A unit's turnout: how many of its people registered and how many attempts they submitted.</summary>
public sealed record UnitTurnout(string Unit, int Participants, int Attempts);

/// <summary>Turnout by unit (commune, district or organisation), as the units compete on it; two grouped queries.</summary>
public sealed class ContestStatistics(PortalDbContext db)
{
    public async Task<IReadOnlyList<UnitTurnout>> ByUnitAsync(Contest contest, CancellationToken cancellationToken = default)
    {
        var participants = await db.ContestParticipants.Where(p => p.ContestId == contest.Id).GroupBy(p => p.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UnitId, g => g.Count, cancellationToken);
        var roundIds = contest.Rounds.Select(r => r.Id).ToList();
        var attempts = await db.ContestAttempts.Where(a => roundIds.Contains(a.RoundId) && a.SubmittedAt != null)
            .Join(db.ContestParticipants, a => a.ParticipantId, p => p.Id, (a, p) => p.UnitId)
            .GroupBy(unit => unit).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UnitId, g => g.Count, cancellationToken);
        var units = await db.ContestUnits.AsNoTracking().Where(u => participants.Keys.Contains(u.Id)).ToListAsync(cancellationToken);
        return units.Select(u => new UnitTurnout(u.Name, participants[u.Id], attempts.GetValueOrDefault(u.Id)))
            .OrderByDescending(t => t.Participants).ThenByDescending(t => t.Attempts).ThenBy(t => t.Unit, StringComparer.Ordinal).ToList();
    }
}
