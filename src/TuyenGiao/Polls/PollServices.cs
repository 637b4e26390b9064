using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Configuration;
using TuyenGiao.Counters;

namespace TuyenGiao.Polls;

public static class PollServices
{
    /// <summary>Polls, the readers' votes, and the keys that keep them to one each.</summary>
    public static IServiceCollection AddPolls(this IServiceCollection services)
    {
        services.AddSingleton<ReaderKeys>();
        services.AddValidatedOptions<PollOptions>(PollOptions.Section);
        return services
            .AddScoped<PollEditing>()
            .AddScoped<PollVoting>()
            .AddScoped<PublishedPolls>();
    }
}
