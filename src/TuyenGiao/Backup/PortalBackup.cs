using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TuyenGiao.Data;

namespace TuyenGiao.Backup;

/// <summary>
/// One archive with all a board needs to move its site: the SQLite database (SQLite's online backup, so
/// the site keeps running and writing), the uploaded media, the document library's files and the data-protection keys (so sign-ins and
/// form tokens survive the move), and a manifest. The database is copied first: every image a copied row
/// names was written before its row, so it is in the media copied after. On SQL Server the database is
/// backed up with SQL Server's own tools; this refuses rather than make half an archive.
/// </summary>
public sealed class PortalBackup(IOptions<DatabaseOptions> database, IOptions<StorageOptions> storage, IHostEnvironment environment)
{
    private const string DatabaseEntry = "tuyengiao.db";
    private const string MediaPrefix = "media/";
    private const string KeysPrefix = "keys/";
    private const string DocumentsPrefix = "documents/";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private string DataFolder => storage.Value.DataFolderIn(environment.ContentRootPath);
    private string MediaFolder => storage.Value.MediaFolderIn(environment.ContentRootPath);
    private string KeysFolder => Path.Combine(DataFolder, "keys");
    private string DocumentsFolder => storage.Value.DocumentsFolderIn(environment.ContentRootPath);
    private string DatabaseFile => new SqliteConnectionStringBuilder(database.Value.ConnectionStringIn(DataFolder)).DataSource;

    /// <summary>Writes the archive; answers its manifest, or throws <see cref="BackupException"/> with a Vietnamese reason.</summary>
    public async Task<BackupManifest> CreateAsync(string archivePath, CancellationToken cancellationToken = default)
    {
        EnsureSqlite();
        if (!File.Exists(DatabaseFile))
        {
            throw new BackupException($"Không có cơ sở dữ liệu để sao lưu: {DatabaseFile}.");
        }
        var snapshot = Path.Combine(Path.GetTempPath(), $"tuyengiao-backup-{Guid.NewGuid():N}.db");
        try
        {
            var counts = await SnapshotAsync(snapshot, cancellationToken);
            var files = new List<BackupFile>();
            var partial = archivePath + ".partial";
            await using (var output = File.Create(partial))
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
            {
                files.Add(await AddAsync(archive, snapshot, DatabaseEntry, cancellationToken));
                foreach (var (prefix, folder) in new[] { (MediaPrefix, MediaFolder), (DocumentsPrefix, DocumentsFolder), (KeysPrefix, KeysFolder) })
                {
                    foreach (var file in FilesIn(folder))
                    {
                        files.Add(await AddAsync(archive, file, prefix + Path.GetRelativePath(folder, file).Replace('\\', '/'), cancellationToken));
                    }
                }
                var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTime.UtcNow, counts.Articles, counts.Messages, counts.Images, files);
                await using var entry = archive.CreateEntry(BackupManifest.EntryName).Open();
                await JsonSerializer.SerializeAsync(entry, manifest, Json, cancellationToken);
                File.Move(partial, archivePath, overwrite: true);
                return manifest;
            }
        }
        finally
        {
            File.Delete(snapshot);
        }
    }

    /// <summary>
    /// Brings an archive back into an empty data folder (and media folder): checks every file against the
    /// manifest first, so a damaged archive writes nothing. The next start migrates the database if the
    /// archive came from an older version.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string archivePath, CancellationToken cancellationToken = default)
    {
        EnsureSqlite();
        if (!File.Exists(archivePath))
        {
            throw new BackupException($"Không tìm thấy tệp sao lưu: {archivePath}.");
        }
        if (File.Exists(DatabaseFile) || FilesIn(MediaFolder).Any())
        {
            throw new BackupException($"Thư mục dữ liệu không trống ({DataFolder}): chỉ khôi phục vào một cài đặt mới, để không ghi đè dữ liệu đang có.");
        }
        using var archive = ZipFile.OpenRead(archivePath);
        var manifest = await ReadManifestAsync(archive, cancellationToken);
        foreach (var file in manifest.Files)
        {
            var entry = archive.GetEntry(file.Path) ?? throw new BackupException($"Tệp sao lưu thiếu {file.Path}.");
            await using var stream = entry.Open();
            if (await Sha256Async(stream, cancellationToken) != file.Sha256)
            {
                throw new BackupException($"Tệp sao lưu bị hỏng: {file.Path} không khớp với bản kê.");
            }
        }
        foreach (var file in manifest.Files)
        {
            var target = TargetOf(file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            archive.GetEntry(file.Path)!.ExtractToFile(target, overwrite: false);
        }
        return manifest;
    }

    private async Task<(int Articles, int Messages, int Images)> SnapshotAsync(string snapshot, CancellationToken cancellationToken)
    {
        // Pooling off, so the copy is closed (and complete on disk) when this returns.
        await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
        }
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UsePortalDatabase(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()).Options);
        return (await db.Articles.CountAsync(cancellationToken), await db.FeedbackMessages.CountAsync(cancellationToken), await db.MediaImages.CountAsync(cancellationToken));
    }

    private string TargetOf(string entryPath)
    {
        var (folder, relative) = entryPath == DatabaseEntry ? (Path.GetDirectoryName(DatabaseFile)!, Path.GetFileName(DatabaseFile))
            : entryPath.StartsWith(MediaPrefix, StringComparison.Ordinal) ? (MediaFolder, entryPath[MediaPrefix.Length..])
            : entryPath.StartsWith(DocumentsPrefix, StringComparison.Ordinal) ? (DocumentsFolder, entryPath[DocumentsPrefix.Length..])
            : entryPath.StartsWith(KeysPrefix, StringComparison.Ordinal) ? (KeysFolder, entryPath[KeysPrefix.Length..])
            : throw new BackupException($"Tệp sao lưu có mục lạ: {entryPath}.");
        var target = Path.GetFullPath(Path.Combine(folder, relative));
        // An archive made by hand could name ../../somewhere; nothing is written outside its folder.
        if (!target.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BackupException($"Tệp sao lưu có đường dẫn không hợp lệ: {entryPath}.");
        }
        return target;
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive archive, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(BackupManifest.EntryName) ?? throw new BackupException("Tệp này không phải bản sao lưu của cổng: thiếu manifest.json.");
        await using var stream = entry.Open();
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        return manifest is { FormatVersion: BackupManifest.CurrentFormat }
            ? manifest
            : throw new BackupException("Bản sao lưu có định dạng mà phiên bản này không đọc được.");
    }

    /// <summary>Copies the file into the archive and hashes it on the way, in one read.</summary>
    private static async Task<BackupFile> AddAsync(ZipArchive archive, string file, string entryPath, CancellationToken cancellationToken)
    {
        await using var source = File.OpenRead(file);
        await using var entry = archive.CreateEntry(entryPath, CompressionLevel.Fastest).Open();
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81_920];
        long bytes = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha256.AppendData(buffer, 0, read);
            await entry.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bytes += read;
        }
        return new BackupFile(entryPath, bytes, Convert.ToHexStringLower(sha256.GetHashAndReset()));
    }

    private static async Task<string> Sha256Async(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));

    // Files being written are named *.partial until they are whole; they are not part of the site yet.
    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".partial", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [];

    private void EnsureSqlite()
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException("Cổng đang chạy trên SQL Server: hãy sao lưu cơ sở dữ liệu bằng công cụ của SQL Server (BACKUP DATABASE) và sao chép thư mục ảnh (Storage:MediaFolder) riêng.");
        }
    }
}

/// <summary>Why a backup or restore could not be done, in Vietnamese for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
