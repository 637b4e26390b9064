using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using TuyenGiao.Articles;
using TuyenGiao.Banners;
using TuyenGiao.Contests;
using TuyenGiao.Polls;
using TuyenGiao.Surveys;
using TuyenGiao.Topics;

namespace TuyenGiao.Web.Caching;

/// <summary>
/// Banners, special topics, polls, surveys and contests' rounds start and end on days set in advance, with no save at that moment to evict
/// the cached pages. This looks as often as the scheduled publisher does, and when a start or an end has
/// passed since its last look, evicts the pages (and the kept lists) so the next reader gets them rendered
/// with the clock of now. Nobody has to touch the site at midnight.
/// </summary>
public sealed class ScheduleBoundaries(
    IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider clock, IOptions<PublishingOptions> options, ILogger<ScheduleBoundaries> logger)
    : BackgroundService
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.CheckSeconds);
    private DateTime _lastLook = clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await EvictIfPassedAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
                {
                    logger.LogWarning(exception, "Chưa kiểm tra được lịch banner và chuyên đề, sẽ thử lại ở lần sau");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Evicts the cached pages when a banner, a topic, a poll, a survey or a contest's round started or ended since the last look; true when it did.</summary>
    public async Task<bool> EvictIfPassedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = _lastLook;
        using var scope = scopes.CreateScope();
        var passed = await scope.ServiceProvider.GetRequiredService<ShownBanners>().AnyBoundaryBetweenAsync(since, now, cancellationToken)
            || await scope.ServiceProvider.GetRequiredService<PublishedTopics>().AnyBoundaryBetweenAsync(since, now, cancellationToken)
            || await scope.ServiceProvider.GetRequiredService<PublishedPolls>().AnyBoundaryBetweenAsync(since, now, cancellationToken)
            || await scope.ServiceProvider.GetRequiredService<PublishedSurveys>().AnyBoundaryBetweenAsync(since, now, cancellationToken)
            || await scope.ServiceProvider.GetRequiredService<PublishedContests>().AnyBoundaryBetweenAsync(since, now, cancellationToken);
        _lastLook = now;
        if (passed)
        {
            await cache.EvictByTagAsync(PublicPagePolicy.Tag, cancellationToken);
        }
        return passed;
    }
}
