using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Counters;

public static class VisitCounting
{
    /// <summary>The counters, and what recognises a reader and a bot in a request.</summary>
    public static IServiceCollection AddVisitCounting(this IServiceCollection services)
    {
        services.AddVisitCounters();
        services.AddSingleton(BotUserAgents.FromEmbeddedList());
        // Without a configured secret each process draws its own: see CountersOptions.VisitorSecret.
        services.AddSingleton(provider => new VisitorIds(
            provider.GetRequiredService<IOptions<CountersOptions>>().Value.VisitorSecretBytes() ?? RandomNumberGenerator.GetBytes(32),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<NewReaderLimit>()));
        return services;
    }

    /// <summary>Counting sits after routing (it reads the endpoint) and before any cache of pages.</summary>
    public static void UseVisitCounting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CountersOptions>>().Value.Enabled)
        {
            app.UseMiddleware<VisitCountingMiddleware>();
        }
    }
}
