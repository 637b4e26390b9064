using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Articles;

/// <summary>
/// Publishes scheduled articles when their time comes. The schedule lives in the database, not in
/// memory, so a restart loses nothing: the first pass at start-up publishes whatever fell due meanwhile.
/// </summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<PublishingOptions> options, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.CheckSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        try
        {
            do
            {
                try
                {
                    await PublishDueAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
                {
                    logger.LogWarning(exception, "Chưa đăng được các bài hẹn giờ, sẽ thử lại ở lần sau");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Publishes every scheduled article whose time has come; returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            // Published at the time it was scheduled for, even when the site was down at that moment.
            article.Status = ArticleStatus.Published;
            article.Version++;
            audit.Record(Actor.System, "Tự động đăng bài đã hẹn giờ", AuditRecordTypes.Article, article.Id, article.Title);
        }
        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Đã đăng {Count} bài hẹn giờ", due.Count);
        }
        return due.Count;
    }
}
