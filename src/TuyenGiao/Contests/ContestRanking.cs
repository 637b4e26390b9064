using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Contests;

/// <summary>A participant's place: their best attempt of the round (or, overall, the sum of their best per round).</summary>
public sealed record RankedEntry(int Rank, string Name, string Phone, string Unit, int Score, int? Prediction, int TimeUsedMs, DateTime SubmittedAt);

/// <summary>A round's standing: the perfect scores that answer the prediction question, and the leaders.</summary>
public sealed record RoundStanding(ContestRound Round, int PerfectEntrants, IReadOnlyList<RankedEntry> Leaders);

/// <summary>What one row of the ranking query returns.</summary>
public sealed class BestAttempt
{
    public int ParticipantId { get; set; }
    public int Score { get; set; }
    public int? Prediction { get; set; }
    public long Distance { get; set; }
    public int TimeUsedMs { get; set; }
    public DateTime SubmittedAt { get; set; }
}

/// <summary>
/// The rankings: per round, each participant's best attempt ordered by score, then how close their prediction
/// came to the number of entrants with every answer right, then time used, then the moment of submission;
/// overall, the sum of each participant's best scores, then their times. One query over the round's attempts
/// (a window function in SQLite and SQL Server alike); the pages showing it are cached, so it runs once per
/// cache lifetime, not per reader.
/// </summary>
public sealed class ContestRanking(PortalDbContext db)
{
    /// <summary>A prediction not given sorts after every given one.</summary>
    private const int NoPrediction = -1_000_000_000;

    public Task<int> PerfectEntrantsAsync(int roundId, CancellationToken cancellationToken = default) =>
        db.ContestAttempts.Where(a => a.RoundId == roundId && a.IsPerfect).Select(a => a.ParticipantId).Distinct().CountAsync(cancellationToken);

    /// <summary>Each participant's best attempt of a round, in ranking order; <paramref name="take"/> of them.</summary>
    public async Task<IReadOnlyList<BestAttempt>> BestAsync(int roundId, int actualPerfect, int take, CancellationToken cancellationToken = default)
    {
        // Whoever ranks among the first <take> has a best score at least the <take>-th best of all best scores:
        // the window then runs over those attempts only (one index read first, grouped by participant).
        var threshold = await db.ContestAttempts.Where(a => a.RoundId == roundId && a.Score != null)
            .GroupBy(a => a.ParticipantId).Select(g => g.Max(a => a.Score!.Value))
            .OrderByDescending(best => best).Skip(take - 1).Select(best => (int?)best).FirstOrDefaultAsync(cancellationToken) ?? 0;
        return await db.Database.SqlQuery<BestAttempt>($"""
            SELECT "ParticipantId", "Score", "Prediction", "Distance", "TimeUsedMs", "SubmittedAt" FROM (
                SELECT "ParticipantId", "Score", "Prediction", "Distance", "TimeUsedMs", "SubmittedAt",
                    ROW_NUMBER() OVER (PARTITION BY "ParticipantId" ORDER BY "Score" DESC, "Distance", "TimeUsedMs", "SubmittedAt", "Id") AS "Place"
                FROM (
                    SELECT "Id", "ParticipantId", "Score", "Prediction", "TimeUsedMs", "SubmittedAt",
                        ABS(CAST(COALESCE("Prediction", {NoPrediction}) AS BIGINT) - {actualPerfect}) AS "Distance"
                    FROM "ContestAttempts"
                    WHERE "RoundId" = {roundId} AND "Score" IS NOT NULL AND "Score" >= {threshold}
                ) AS "Scored"
            ) AS "Ranked" WHERE "Place" = 1
            """)
            .OrderByDescending(b => b.Score).ThenBy(b => b.Distance).ThenBy(b => b.TimeUsedMs).ThenBy(b => b.SubmittedAt).ThenBy(b => b.ParticipantId)
            .Take(take).ToListAsync(cancellationToken);
    }

    public async Task<RoundStanding> RoundAsync(ContestRound round, int take, CancellationToken cancellationToken = default)
    {
        var perfect = await PerfectEntrantsAsync(round.Id, cancellationToken);
        var best = await BestAsync(round.Id, perfect, take, cancellationToken);
        return new RoundStanding(round, perfect, await NamedAsync(best, cancellationToken));
    }

    /// <summary>The contest overall: per participant, the sum of the best score of each round, then the sum of those attempts' times.</summary>
    public async Task<IReadOnlyList<RankedEntry>> OverallAsync(Contest contest, int take, CancellationToken cancellationToken = default)
    {
        var totals = await db.Database.SqlQuery<BestAttempt>($"""
            SELECT "ParticipantId", SUM("Score") AS "Score", CAST(NULL AS INT) AS "Prediction", CAST(0 AS BIGINT) AS "Distance",
                SUM("TimeUsedMs") AS "TimeUsedMs", MAX("SubmittedAt") AS "SubmittedAt" FROM (
                SELECT a."ParticipantId", a."Score", a."TimeUsedMs", a."SubmittedAt",
                    ROW_NUMBER() OVER (PARTITION BY a."RoundId", a."ParticipantId" ORDER BY a."Score" DESC, a."TimeUsedMs", a."SubmittedAt", a."Id") AS "Place"
                FROM "ContestAttempts" AS a INNER JOIN "ContestRounds" AS r ON r."Id" = a."RoundId"
                WHERE r."ContestId" = {contest.Id} AND a."Score" IS NOT NULL
            ) AS "Ranked" WHERE "Place" = 1 GROUP BY "ParticipantId"
            """)
            .OrderByDescending(b => b.Score).ThenBy(b => b.TimeUsedMs).ThenBy(b => b.SubmittedAt).ThenBy(b => b.ParticipantId)
            .Take(take).ToListAsync(cancellationToken);
        return await NamedAsync(totals, cancellationToken);
    }

    private async Task<IReadOnlyList<RankedEntry>> NamedAsync(IReadOnlyList<BestAttempt> best, CancellationToken cancellationToken)
    {
        var ids = best.Select(b => b.ParticipantId).ToList();
        var people = await db.ContestParticipants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.ContestUnits, p => p.UnitId, u => u.Id, (p, u) => new { p.Id, p.FullName, p.PhoneMasked, Unit = u.Name })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return best.Select((b, i) => people.TryGetValue(b.ParticipantId, out var who)
                ? new RankedEntry(i + 1, MaskedName(who.FullName), who.PhoneMasked, who.Unit, b.Score, b.Prediction, b.TimeUsedMs, b.SubmittedAt)
                : null)
            .OfType<RankedEntry>().ToList();
    }

    /// <summary>"Nguyễn Văn An" → "Nguyễn V. A.": enough for a winner to recognise themselves in a public list.</summary>
    public static string MaskedName(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 1 ? fullName : string.Join(' ', words.Take(1).Concat(words.Skip(1).Select(w => $"{char.ToUpper(w[0], System.Globalization.CultureInfo.InvariantCulture)}.")));
    }
}
