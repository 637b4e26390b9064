namespace TuyenGiao.Tests.Videos;

/// <summary>
/// A film made up as it is read: an MP4 header, then zeros, to the given length. It never holds more
/// than the caller's buffer, so a test can send hundreds of megabytes without holding them; it cannot
/// be measured in advance, so it goes out in chunks without a Content-Length. With <c>failAfter</c>
/// it breaks off like a lost connection.
/// </summary>
internal sealed class FilmStream(long length, long? failAfter = null) : Stream
{
    private static readonly byte[] Header = [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2'];
    private long _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= failAfter)
        {
            throw new IOException("Mất kết nối giữa chừng (giả lập).");
        }
        var count = (int)Math.Min(buffer.Length, length - _position);
        buffer[..count].Clear();
        for (var i = 0; i < count && _position + i < Header.Length; i++)
        {
            buffer[i] = Header[_position + i];
        }
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
