using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TuyenGiao.Data;

/// <summary>Brings the database to the current model at start-up.</summary>
public sealed class DatabaseInitializer(PortalDbContext db)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
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
