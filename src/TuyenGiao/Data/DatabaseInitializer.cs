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

        await FillMissingSearchTextAsync(cancellationToken);

        if (seedDemoContent && await demoContent.SeedIfEmptyAsync(cancellationToken))
        {
            logger.LogInformation("Đã tạo nội dung trình diễn trong cơ sở dữ liệu trống");
        }
    }

    // Articles stored before search existed have empty search columns; touching the title makes the
    // save re-derive them (and the full-text index follows).
    private async Task FillMissingSearchTextAsync(CancellationToken cancellationToken)
    {
        const int batchSize = 500;
        var filled = 0;
        while (true)
        {
            var batch = await db.Articles.Where(a => a.SearchTitle == "" && a.Title != "")
                .OrderBy(a => a.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var article in batch)
            {
                db.Entry(article).Property(a => a.Title).IsModified = true;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            filled += batch.Count;
        }
        if (filled > 0)
        {
            logger.LogInformation("Đã lập chỉ mục tìm kiếm cho {Count} bài viết cũ", filled);
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
