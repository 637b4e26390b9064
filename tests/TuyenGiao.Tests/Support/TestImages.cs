using SkiaSharp;

namespace TuyenGiao.Tests.Support;

/// <summary>Real image files, drawn here, for upload tests.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height) => Draw(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Draw(width, height, SKEncodedImageFormat.Jpeg);

    private static byte[] Draw(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(200, 30, 30));
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 4f, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(image));
        return (codec.Info.Width, codec.Info.Height);
    }
}
