using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Tests.Support;

/// <summary>A migrated SQLite file in the temp folder, deleted when the test ends.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tuyengiao-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public PortalDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UsePortalDatabase(DatabaseProvider.Sqlite, $"Data Source={_file}")
            .Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
