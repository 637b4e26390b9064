using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TuyenGiao.DemoContent;

namespace TuyenGiao.Data;

/// <summary>Brings the database to the current model at start-up, and fills an empty one with demo content.</summary>
public sealed class DatabaseInitializer(PortalDbContext db, DemoContentSeeder demoContent, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoContent, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            CreateSqliteFolder(db.Database.GetConnectionString()!);
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // Readers keep reading while an editor saves; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (seedDemoContent && await demoContent.SeedIfEmptyAsync(cancellationToken))
        {
            logger.LogInformation("Đã tạo nội dung trình diễn trong cơ sở dữ liệu trống");
        }
    }

    // SQLite creates the file on first use but not the folder it lives in.
    private static void CreateSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
