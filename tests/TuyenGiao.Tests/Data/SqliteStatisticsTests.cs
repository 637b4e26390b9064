using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Data;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Data;

/// <summary>SQLite's query planner is given statistics about the articles, so it can choose how to find them.</summary>
public sealed class SqliteStatisticsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_articles_indexes_have_statistics_once_they_are_updated()
    {
        await portal.Services.GetRequiredService<SqliteStatistics>().UpdateAsync();

        var indexesWithStatistics = await portal.WithDatabaseAsync(db => db.Database
            .SqlQuery<string>($"SELECT idx AS Value FROM sqlite_stat1 WHERE tbl = 'Articles'").ToListAsync());

        Assert.Contains("IX_Articles_Status_PublishedAt", indexesWithStatistics);
    }
}
