using SkiaSharp;

namespace TuyenGiao.DemoContent;

/// <summary>Paints the demo banners: a coloured band with the campaign's or sponsor's name, in DejaVu Sans (Vietnamese letters).</summary>
internal static class DemoBanners
{
    public static byte[] Paint(string text, string colour, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        var background = SKColor.Parse(colour);
        canvas.Clear(background);
        using var border = new SKPaint { Color = SKColors.Gold, Style = SKPaintStyle.Stroke, StrokeWidth = height / 20f };
        canvas.DrawRect(SKRect.Create(height / 16f, height / 16f, width - height / 8f, height - height / 8f), border);
        using var fontData = SKData.CreateCopy(DemoFont.DejaVuSans.Value);
        using var typeface = SKTypeface.FromData(fontData);
        using var font = new SKFont(typeface, height / 5f);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        // Shrink the letters until the name fits inside the border.
        while (font.MeasureText(text) > width * 0.85f && font.Size > 8)
        {
            font.Size -= 1;
        }
        canvas.DrawText(text, width / 2f, height / 2f + font.Size / 3f, SKTextAlign.Center, font, ink);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
