using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;

namespace TuyenGiao.Data;

public static class DatabaseServices
{
    /// <summary>
    /// The portal's database on the configured provider, as a pool of contexts. Every interceptor a
    /// feature registers as <see cref="IInterceptor"/> watches it (the page cache's eviction, for one).
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services)
    {
        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section);
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        services.AddDbContextPool<PortalDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var dataFolder = provider.GetRequiredService<IOptions<StorageOptions>>().Value
                .DataFolderIn(provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            options.UsePortalDatabase(database.Provider, database.ConnectionStringIn(dataFolder))
                .AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<PortalSecrets>();
        return services;
    }
}
