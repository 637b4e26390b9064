using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Configuration;

namespace TuyenGiao.DemoContent;

public static class DemoContentServices
{
    /// <summary>The demo content a new installation may start with, and the large made-up archive for benchmarks.</summary>
    public static IServiceCollection AddDemoContent(this IServiceCollection services)
    {
        services.AddValidatedOptions<SeedingOptions>(SeedingOptions.Section);
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<DemoMediaSeeder>();
        services.AddScoped<DemoDocumentSeeder>();
        services.AddScoped<DemoFrameSeeder>();
        services.AddScoped<DemoReviewSeeder>();
        services.AddScoped<DemoPollSeeder>();
        services.AddScoped<DemoContestSeeder>();
        services.AddScoped<ArchiveGenerator>();
        services.AddScoped<DocumentArchiveGenerator>();
        return services;
    }
}
