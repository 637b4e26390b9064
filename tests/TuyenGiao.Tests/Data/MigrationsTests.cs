using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Tests.Data;

public class MigrationsTests
{
    // No server is contacted: the check compares the model with the provider's migrations snapshot.
    private static PortalDbContext ContextFor(DatabaseProvider provider) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UsePortalDatabase(provider, provider == DatabaseProvider.Sqlite
                ? "Data Source=:memory:"
                : "Server=127.0.0.1;Database=never-opened;Trusted_Connection=False")
            .Options);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Each_providers_migrations_match_the_current_model(DatabaseProvider provider)
    {
        using var db = ContextFor(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations lag the model: run scripts/add-migration.sh <Name> to add one for both providers.");
    }

    [Fact]
    public void A_new_sqlite_file_is_migrated_to_the_latest_migration()
    {
        using var database = new Support.TestDatabase();
        using var db = database.CreateContext();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(db.Database.GetMigrations().Last(), db.Database.GetAppliedMigrations().Last());
    }
}
