using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Counters;

/// <summary>
/// "Add n to this day's row, creating it if missing" in each engine's own words: EF has no upsert, and a
/// read-then-write would lose increments when two instances flush the same day at once.
/// </summary>
internal static class DailyCounts
{
    public static FormattableString AddViews(PortalDbContext db, int articleId, DateOnly day, long views)
    {
        if (db.Database.IsSqlite())
        {
            return $"""
              INSERT INTO ArticleDailyViews (ArticleId, Day, Views) VALUES ({articleId}, {day}, {views})
              ON CONFLICT (ArticleId, Day) DO UPDATE SET Views = Views + excluded.Views
              """;
        }
        return $"""
              MERGE ArticleDailyViews WITH (HOLDLOCK) AS target
              USING (SELECT {articleId} AS ArticleId, {day} AS Day) AS source
                  ON target.ArticleId = source.ArticleId AND target.Day = source.Day
              WHEN MATCHED THEN UPDATE SET Views = target.Views + {views}
              WHEN NOT MATCHED THEN INSERT (ArticleId, Day, Views) VALUES ({articleId}, {day}, {views});
              """;
    }

    public static FormattableString AddBannerClicks(PortalDbContext db, int bannerId, DateOnly day, long clicks)
    {
        if (db.Database.IsSqlite())
        {
            return $"""
              INSERT INTO BannerDailyClicks (BannerId, Day, Clicks) VALUES ({bannerId}, {day}, {clicks})
              ON CONFLICT (BannerId, Day) DO UPDATE SET Clicks = Clicks + excluded.Clicks
              """;
        }
        return $"""
              MERGE BannerDailyClicks WITH (HOLDLOCK) AS target
              USING (SELECT {bannerId} AS BannerId, {day} AS Day) AS source
                  ON target.BannerId = source.BannerId AND target.Day = source.Day
              WHEN MATCHED THEN UPDATE SET Clicks = target.Clicks + {clicks}
              WHEN NOT MATCHED THEN INSERT (BannerId, Day, Clicks) VALUES ({bannerId}, {day}, {clicks});
              """;
    }

    public static FormattableString AddVisits(PortalDbContext db, DateOnly day, long visits)
    {
        if (db.Database.IsSqlite())
        {
            return $"""
              INSERT INTO SiteDailyVisits (Day, Visits) VALUES ({day}, {visits})
              ON CONFLICT (Day) DO UPDATE SET Visits = Visits + excluded.Visits
              """;
        }
        return $"""
              MERGE SiteDailyVisits WITH (HOLDLOCK) AS target
              USING (SELECT {day} AS Day) AS source ON target.Day = source.Day
              WHEN MATCHED THEN UPDATE SET Visits = target.Visits + {visits}
              WHEN NOT MATCHED THEN INSERT (Day, Visits) VALUES ({day}, {visits});
              """;
    }
}
