using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace TuyenGiao.Data;

/// <summary>
/// SQLite takes one writer at a time, and Microsoft.Data.Sqlite meets a busy database by sleeping and trying
/// again: hundreds of readers writing at once (a contest's round) spend their time asleep and retrying. On
/// SQLite, the busiest writes queue here instead, in this process, and reach the database one after another:
/// a contest's, the captchas', and the counters' flush every few seconds (which, outside the queue, made the
/// write at its head sleep while the rest piled up behind it). On SQL Server, which takes concurrent writers,
/// nothing waits.
/// </summary>
public static class SqliteWriteQueue
{
    // One writer per database file, not per process: a process can hold several portals' databases (the
    // tests do), and a busy one must not hold up the others' writes.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    public static Task RunAsync(PortalDbContext db, Func<Task> write, CancellationToken cancellationToken) =>
        RunAsync(db, async () =>
        {
            await write();
            return true;
        }, cancellationToken);

    public static async Task<T> RunAsync<T>(PortalDbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await write();
        }
        var writer = Writers.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await writer.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            writer.Release();
        }
    }
}
