using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TuyenGiao.Articles;

namespace TuyenGiao.Data;

public static class PortalDatabase
{
    // Each provider keeps its own migrations and model snapshot in an assembly of its own.
    public const string SqliteMigrationsAssembly = "TuyenGiao.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "TuyenGiao.Migrations.SqlServer";

    public static TBuilder UsePortalDatabase<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString,
                sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString,
                sqlServer => sqlServer.MigrationsAssembly(SqlServerMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        options.AddInterceptors(ArticleDerivedFields.Instance);
        if (options.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            options.UseApplicationServiceProvider(PortalIdentityStore.Standalone);
        }
        return options;
    }
}
