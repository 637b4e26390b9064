using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TuyenGiao.Configuration;
using TuyenGiao.Counters;
using TuyenGiao.Data;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// Where the state that several instances must share lives. With <c>Redis:Configuration</c> set, several
/// instances behind a reverse proxy act as one site: the output cache (so an eviction on one is an
/// eviction on all), the data-protection keys (so a sign-in cookie from one is valid on the others) and
/// the visitor memory that decides what counts (so a reader is counted once whichever instance answers)
/// all live in Redis. Without it, one instance keeps them itself, the keys in the data folder.
/// </summary>
public static class ScaleOut
{
    private const string KeyPrefix = "tuyengiao:";

    /// <summary>Call after the page cache and the counters are added: what is added here replaces their in-process stores.</summary>
    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RedisOptions>(RedisOptions.Section);
        var dataProtection = services.AddDataProtection().SetApplicationName("TuyenGiao");
        var redis = configuration.ReadSettings<RedisOptions>(RedisOptions.Section);
        if (!redis.Enabled)
        {
            // Keys outlive a restart, so cookies and form tokens issued before it stay valid.
            services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, IHostEnvironment, ILoggerFactory>(
                (options, storage, environment, logging) => options.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(storage.Value.DataFolderIn(environment.ContentRootPath), "keys")), logging));
            return services;
        }
        // Connected at first use, not while the services are being registered.
        var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis.Configuration!));
        services.AddSingleton(_ => connection.Value);
        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Value);
            options.InstanceName = KeyPrefix;
        });
        dataProtection.PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), KeyPrefix + "data-protection-keys");
        services.AddSingleton<IVisitorMemory>(provider => new RedisVisitorMemory(provider.GetRequiredService<IConnectionMultiplexer>(), KeyPrefix));
        return services;
    }
}
