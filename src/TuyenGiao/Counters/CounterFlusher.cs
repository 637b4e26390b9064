using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Data;

namespace TuyenGiao.Counters;

/// <summary>
/// Writes pending counts every few seconds, and once more on a graceful stop. Each write adds to what
/// is stored (<c>ViewCount = ViewCount + n</c>), so several web instances can flush into one database
/// without losing one another's increments.
/// </summary>
public sealed class CounterFlusher(
    IServiceScopeFactory scopes, PendingCounts pending, IVisitorMemory memory, RecentVisitStatistics statistics, TimeProvider clock,
    IOptions<CountersOptions> options, ILogger<CounterFlusher> logger) : BackgroundService
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.FlushSeconds);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
                memory.Forget(clock.GetUtcNow().UtcDateTime);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var batch = pending.TakeAll();
            if (batch.IsEmpty)
            {
                return;
            }
            try
            {
                await WriteAsync(batch, cancellationToken);
                statistics.Forget();
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                pending.PutBack(batch);
                logger.LogWarning(exception, "Chưa ghi được số lượt xem, sẽ thử lại ở lần sau");
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task WriteAsync(PendingBatch batch, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await SqliteWriteQueue.RunAsync(db, () => WriteAsync(db, batch, cancellationToken), cancellationToken);
    }

    private static async Task WriteAsync(PortalDbContext db, PendingBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var ((item, day), views) in batch.Views)
        {
            switch (item.Kind)
            {
                case ViewedKind.Article:
                    var updated = await db.Articles.Where(a => a.Id == item.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(a => a.ViewCount, a => a.ViewCount + views), cancellationToken);
                    // Only articles keep views per day: the newsroom's readership chart is about them.
                    if (updated > 0)
                    {
                        await db.Database.ExecuteSqlAsync(DailyCounts.AddViews(db, item.Id, day, views), cancellationToken);
                    }
                    break;
                case ViewedKind.Album:
                    await db.Albums.Where(a => a.Id == item.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(a => a.ViewCount, a => a.ViewCount + views), cancellationToken);
                    break;
                case ViewedKind.Video:
                    await db.Videos.Where(v => v.Id == item.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(v => v.ViewCount, v => v.ViewCount + views), cancellationToken);
                    break;
                case ViewedKind.Document:
                    await db.LegalDocuments.Where(d => d.Id == item.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(d => d.ViewCount, d => d.ViewCount + views), cancellationToken);
                    break;
                case ViewedKind.DocumentDownload:
                    // The file's count, and its document's total (what the document page shows).
                    await db.DocumentFiles.Where(f => f.Id == item.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(f => f.DownloadCount, f => f.DownloadCount + views), cancellationToken);
                    await db.LegalDocuments.Where(d => d.Files.Any(f => f.Id == item.Id))
                        .ExecuteUpdateAsync(set => set.SetProperty(d => d.DownloadCount, d => d.DownloadCount + views), cancellationToken);
                    break;
                case ViewedKind.BannerClick:
                    // The banner's total, and its day's row (what the admins' table of clicks reads).
                    if (await db.Banners.Where(b => b.Id == item.Id)
                            .ExecuteUpdateAsync(set => set.SetProperty(b => b.ClickCount, b => b.ClickCount + views), cancellationToken) > 0)
                    {
                        await db.Database.ExecuteSqlAsync(DailyCounts.AddBannerClicks(db, item.Id, day, views), cancellationToken);
                    }
                    break;
            }
        }
        foreach (var (day, visits) in batch.Visits)
        {
            await db.Database.ExecuteSqlAsync(DailyCounts.AddVisits(db, day, visits), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
