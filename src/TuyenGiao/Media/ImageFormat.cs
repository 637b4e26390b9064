namespace TuyenGiao.Media;

/// <summary>The image formats an upload may be, recognised by their first bytes, never by the file's name.</summary>
public sealed record ImageFormat(string Extension, SkiaSharp.SKEncodedImageFormat Encoding)
{
    public static ImageFormat Jpeg { get; } = new("jpg", SkiaSharp.SKEncodedImageFormat.Jpeg);
    public static ImageFormat Png { get; } = new("png", SkiaSharp.SKEncodedImageFormat.Png);
    public static ImageFormat WebP { get; } = new("webp", SkiaSharp.SKEncodedImageFormat.Webp);

    public static ImageFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }
        return null;
    }
}
