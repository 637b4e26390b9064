using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;
using TuyenGiao.Counters;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// With <c>Redis:Configuration</c> set, several instances behind a reverse proxy act as one site: the
/// output cache (so an eviction on one is an eviction on all), the data-protection keys (so a sign-in
/// cookie from one is valid on the others) and the visitor memory that decides what counts (so a reader
/// is counted once whichever instance answers) all live in Redis. Without it, one instance keeps them itself.
/// </summary>
public static class ScaleOut
{
    private const string KeyPrefix = "tuyengiao:";

    public static string? RedisConfiguration(IConfiguration configuration) =>
        configuration["Redis:Configuration"] is { Length: > 0 } value ? value : null;

    /// <summary>Call after the output cache is added: the Redis store replaces the in-memory one.</summary>
    public static void AddSharedStateOnRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (RedisConfiguration(configuration) is not { } redisConfiguration)
        {
            return;
        }
        // Connected at first use, not while the services are being registered.
        var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redisConfiguration));
        services.AddSingleton(_ => connection.Value);
        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Value);
            options.InstanceName = KeyPrefix;
        });
        services.AddDataProtection().PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), KeyPrefix + "data-protection-keys");
        services.AddSingleton<IVisitorMemory>(provider => new RedisVisitorMemory(provider.GetRequiredService<IConnectionMultiplexer>(), KeyPrefix));
    }
}
