namespace TuyenGiao.Videos;

/// <summary>The video formats a browser plays without a plug-in, recognised by their first bytes, never by the file's name.</summary>
public sealed record VideoFormat(string Extension, string ContentType)
{
    public static VideoFormat Mp4 { get; } = new("mp4", "video/mp4");
    public static VideoFormat WebM { get; } = new("webm", "video/webm");

    /// <summary>How many first bytes <see cref="Detect"/> needs to decide.</summary>
    public const int HeaderLength = 64;

    /// <summary>
    /// MP4 begins with a box whose type, at bytes 4–7, is <c>ftyp</c>; WebM with the EBML magic number
    /// <c>1A 45 DF A3</c> and, within its header, the document type <c>webm</c> (other Matroska files do
    /// not play in browsers).
    /// </summary>
    public static VideoFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return Mp4;
        }
        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) && header.IndexOf("webm"u8) > 0)
        {
            return WebM;
        }
        return null;
    }
}
