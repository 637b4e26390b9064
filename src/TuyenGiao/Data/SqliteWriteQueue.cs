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
    private static readonly SemaphoreSlim OneWriter = new(1, 1);

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
        await OneWriter.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            OneWriter.Release();
        }
    }
}
