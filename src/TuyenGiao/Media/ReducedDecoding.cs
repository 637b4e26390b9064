using SkiaSharp;

namespace TuyenGiao.Media;

/// <summary>
/// Decodes an upload at no more pixels than its widest stored copy needs, where the codec can: JPEG and
/// WebP scale while they decode, so a 7000×7000 photo becomes 1750×1750 (12 MB) instead of 196 MB.
/// PNG cannot (this Skia build has no scanline PNG decoding); a PNG is decoded whole, so one with more
/// than <see cref="MaxDecodedPixels"/> is refused before it is decoded.
/// </summary>
internal static class ReducedDecoding
{
    /// <summary>64 MB as a bitmap: the most one decode may take (two run at once).</summary>
    public const long MaxDecodedPixels = 16_000_000;

    /// <summary>The size decoding will produce: at least <paramref name="widthNeeded"/> wide once upright, when the codec can scale.</summary>
    public static SKSizeI DecodedSize(SKCodec codec, int widthNeeded)
    {
        var info = codec.Info;
        var uprightWidth = IsTransposed(codec.EncodedOrigin) ? info.Height : info.Width;
        var factor = Math.Max(1, uprightWidth / widthNeeded);
        return factor == 1 ? info.Size : codec.GetScaledDimensions(1f / factor);
    }

    public static bool FitsInMemory(SKCodec codec, int widthNeeded) =>
        DecodedSize(codec, widthNeeded) is var size && (long)size.Width * size.Height <= MaxDecodedPixels;

    public static SKBitmap? Decode(SKCodec codec, int widthNeeded)
    {
        var size = DecodedSize(codec, widthNeeded);
        if (size == codec.Info.Size)
        {
            return SKBitmap.Decode(codec);
        }
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }
        bitmap.Dispose();
        return null;
    }

    private static bool IsTransposed(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
}
