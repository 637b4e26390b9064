using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Counters;

/// <summary>What the newsroom dashboard shows: views per day, and the most-read articles of a period.</summary>
public sealed class ReadershipReport(PortalDbContext db, TimeProvider clock)
{
    public DateOnly Today => VisitCalendar.Today(clock.GetUtcNow().UtcDateTime);

    /// <summary>Article views on each of the last <paramref name="days"/> days, oldest first, days without views as 0.</summary>
    public async Task<IReadOnlyList<DailyViews>> ViewsPerDayAsync(int days, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var first = today.AddDays(1 - days);
        var stored = await db.ArticleDailyViews.AsNoTracking()
            .Where(v => v.Day >= first && v.Day <= today)
            .GroupBy(v => v.Day)
            .Select(g => new { Day = g.Key, Views = g.Sum(v => v.Views) })
            .ToDictionaryAsync(d => d.Day, d => d.Views, cancellationToken);
        return Enumerable.Range(0, days).Select(i => first.AddDays(i))
            .Select(day => new DailyViews(day, stored.GetValueOrDefault(day)))
            .ToList();
    }

    /// <summary>The articles read most from <paramref name="from"/> to today.</summary>
    public async Task<IReadOnlyList<MostReadArticle>> MostReadSinceAsync(DateOnly from, int count, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var top = await db.ArticleDailyViews.AsNoTracking()
            .Where(v => v.Day >= from && v.Day <= today)
            .GroupBy(v => v.ArticleId)
            .Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .OrderByDescending(t => t.Views).Take(count)
            .ToListAsync(cancellationToken);
        var ids = top.Select(t => t.ArticleId).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Slug, CategorySlug = a.Category!.Slug })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return top.Where(t => articles.ContainsKey(t.ArticleId))
            .Select(t => new MostReadArticle(t.ArticleId, articles[t.ArticleId].Title, articles[t.ArticleId].Slug, articles[t.ArticleId].CategorySlug, t.Views))
            .ToList();
    }
}

public sealed record DailyViews(DateOnly Day, long Views);

public sealed record MostReadArticle(int Id, string Title, string Slug, string CategorySlug, long Views);
