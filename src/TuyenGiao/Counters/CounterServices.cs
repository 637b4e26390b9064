using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;

namespace TuyenGiao.Counters;

public static class CounterServices
{
    /// <summary>Views and visits: counted in memory, flushed additively, read back for the widget and the dashboard.</summary>
    public static IServiceCollection AddVisitCounters(this IServiceCollection services)
    {
        services.AddValidatedOptions<CountersOptions>(CountersOptions.Section);
        services.AddSingleton<PendingCounts>();
        services.AddSingleton<NewReaderLimit>();
        services.AddSingleton<IVisitorMemory, VisitorMemory>();
        services.AddSingleton<VisitCounter>();
        services.AddScoped<VisitStatistics>();
        services.AddScoped<ReadershipReport>();
        services.AddSingleton(provider =>
            new RecentVisitStatistics(TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<CountersOptions>>().Value.FlushSeconds)));
        services.AddSingleton<CounterFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<CounterFlusher>());
        return services;
    }
}
