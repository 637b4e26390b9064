using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TuyenGiao.Data;

/// <summary>
/// Keeps SQLite's statistics about its tables and indexes (ANALYZE), at start and once a day as the archive
/// grows. Without them the query planner guesses: a search whose words are in the titles of a handful of
/// articles walked all 100,000 articles by date to find them (20–40 ms) instead of looking the handful up
/// and sorting them (under 5 ms). Each index is sampled, not read whole (<c>analysis_limit</c>), so this
/// takes well under a second on a large archive. SQL Server keeps its statistics itself.
/// </summary>
public sealed class SqliteStatistics(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SqliteStatistics> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                try
                {
                    await UpdateAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
                {
                    logger.LogWarning(exception, "Chưa cập nhật được thống kê của cơ sở dữ liệu, sẽ thử lại vào ngày mai");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task UpdateAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (db.Database.IsSqlite())
        {
            await SqliteWriteQueue.RunAsync(db, () => db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", cancellationToken), cancellationToken);
        }
    }
}
