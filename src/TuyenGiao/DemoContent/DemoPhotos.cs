using SkiaSharp;

namespace TuyenGiao.DemoContent;

/// <summary>
/// Paints the demo albums' photos: simple scenes of our own making (a conference hall, rice fields, a
/// village, a school), each a little different, encoded as JPEG so they go through the same upload
/// pipeline as an editor's photos.
/// </summary>
internal static class DemoPhotos
{
    // Wide enough for the two smaller stored widths; larger would only slow every fresh start.
    private const int Width = 960;
    private const int Height = 640;

    public static byte[] Paint(string scene, int variant)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        var shift = variant * 37 % 120;
        switch (scene)
        {
            case "hoi-nghi":
                Gradient(canvas, new SKColor(0x7a, 0x09, 0x09), new SKColor(0xe8, 0x57, 0x2a));
                Fill(canvas, SKColors.Gold.WithAlpha(200), SKRect.Create(180, 90, 600, 70));
                Fill(canvas, SKColors.White.WithAlpha(220), SKRect.Create(120, 360 + shift / 4, 720, 40));
                for (var row = 0; row < 3; row++)
                {
                    for (var seat = 0; seat < 9; seat++)
                    {
                        Circle(canvas, SKColors.White.WithAlpha((byte)(150 + row * 30)), 150 + seat * 82 + row * 10, 470 + row * 55, 20 + row * 2);
                    }
                }
                break;
            case "dong-lua":
                Gradient(canvas, new SKColor(0x8e, 0xc5, 0xfc), new SKColor(0xe0, 0xf2, 0xff));
                Circle(canvas, new SKColor(0xff, 0xc8, 0x3d), 760 - shift, 150, 60);
                for (var band = 0; band < 6; band++)
                {
                    var color = band % 2 == 0 ? new SKColor(0x4c, 0x9a, 0x2a) : new SKColor(0xd8, 0xc0, 0x3a);
                    Fill(canvas, color, SKRect.Create(0, 330 + band * 52, Width, 52));
                }
                break;
            case "lang-que":
                Gradient(canvas, new SKColor(0xb8, 0xe1, 0xf5), new SKColor(0xff, 0xf4, 0xe0));
                Circle(canvas, new SKColor(0x5a, 0x8f, 0x3c), 250 + shift, 620, 330);
                Circle(canvas, new SKColor(0x3e, 0x7a, 0x2c), 760 - shift, 660, 360);
                for (var house = 0; house < 4; house++)
                {
                    var x = 160 + house * 180 + shift / 3;
                    Fill(canvas, new SKColor(0xf3, 0xe6, 0xc8), SKRect.Create(x, 400, 110, 80));
                    using var roof = new SKPath();
                    roof.MoveTo(x - 12, 400);
                    roof.LineTo(x + 55, 345);
                    roof.LineTo(x + 122, 400);
                    roof.Close();
                    using var paint = new SKPaint { Color = new SKColor(0xa5, 0x0e, 0x0e), IsAntialias = true };
                    canvas.DrawPath(roof, paint);
                }
                break;
            default:
                Gradient(canvas, new SKColor(0xf5, 0xf0, 0xe6), new SKColor(0xe3, 0xd5, 0xb8));
                Fill(canvas, new SKColor(0xf2, 0xc1, 0x4e), SKRect.Create(140, 220, 680, 300));
                for (var column = 0; column < 8; column++)
                {
                    for (var floor = 0; floor < 3; floor++)
                    {
                        Fill(canvas, new SKColor(0x2f, 0x5d, 0x8a), SKRect.Create(170 + column * 82, 250 + floor * 88, 44, 52));
                    }
                }
                Fill(canvas, new SKColor(0xda, 0x25, 0x1d), SKRect.Create(460 + shift / 6, 90, 90, 60));
                Fill(canvas, new SKColor(0x55, 0x55, 0x55), SKRect.Create(456 + shift / 6, 90, 4, 130));
                break;
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    private static void Gradient(SKCanvas canvas, SKColor top, SKColor bottom)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height), [top, bottom], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, Width, Height, paint);
    }

    private static void Fill(SKCanvas canvas, SKColor color, SKRect rect)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawRoundRect(rect, 6, 6, paint);
    }

    private static void Circle(SKCanvas canvas, SKColor color, float x, float y, float radius)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawCircle(x, y, radius, paint);
    }
}
