namespace TuyenGiao.Media;

/// <summary>
/// Writes an upload to a new file as its bytes arrive, a buffer at a time, so that no file of any size
/// sits in memory, and stops as soon as it passes its limit.
/// </summary>
public static class UploadCopy
{
    private const int BufferBytes = 81920;

    /// <param name="path">A new file (never one that exists).</param>
    /// <param name="header">The first bytes, already read to tell the format.</param>
    /// <param name="content">The rest of the upload.</param>
    /// <param name="maxBytes">The largest the whole file may be.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>The bytes written, or null when the upload passed the limit (what was written is left for the caller to delete).</returns>
    public static async Task<long?> ToNewFileAsync(string path, ReadOnlyMemory<byte> header, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true);
        await file.WriteAsync(header, cancellationToken);
        long written = header.Length;
        var buffer = new byte[BufferBytes];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            written += read;
            if (written > maxBytes)
            {
                return null;
            }
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return written;
    }
}
