using SkiaSharp;

namespace TuyenGiao.Captcha;

/// <summary>
/// Draws a code as a PNG a person reads at a glance and a script does not: each character turned and
/// shifted on its own, the whole line bent along a wave, crossed by curves and speckled with noise.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 200;
    public const int Height = 70;

    // DejaVu Sans Bold cut down to the captcha alphabet (11 KB), so the image never depends on the
    // fonts a server happens to have. Licence beside the file.
    private static readonly Lazy<SKTypeface> Typeface = new(() =>
    {
        using var stream = typeof(CaptchaImage).Assembly.GetManifestResourceStream("TuyenGiao.Captcha.captcha-glyphs.ttf")
            ?? throw new InvalidOperationException("The captcha font is not embedded in the assembly.");
        return SKTypeface.FromData(SKData.Create(stream));
    });

    public static byte[] Draw(string code)
    {
        var random = new Random();
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF5, 0xF1, 0xE6));
        DrawSpeckles(canvas, random, 220);

        var ink = new SKColor((byte)random.Next(10, 90), (byte)random.Next(10, 60), (byte)random.Next(60, 130));
        using var text = CodePath(code, random);
        using var bent = Bend(text, amplitude: random.Next(3, 6), wavelength: random.Next(70, 110), phase: random.NextDouble() * Math.PI * 2);
        using (var fill = new SKPaint { Color = ink, IsAntialias = true, Style = SKPaintStyle.Fill })
        {
            canvas.DrawPath(bent, fill);
        }
        DrawCrossingCurves(canvas, random, ink);
        DrawSpeckles(canvas, random, 90);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKPath CodePath(string code, Random random)
    {
        var path = new SKPath();
        var slot = (Width - 20f) / code.Length;
        for (var i = 0; i < code.Length; i++)
        {
            using var font = new SKFont(Typeface.Value, random.Next(30, 38));
            using var glyph = font.GetTextPath(code[i].ToString(), new SKPoint(0, 0));
            var bounds = glyph.Bounds;
            var centre = new SKPoint(10 + slot * (i + 0.5f) + random.Next(-3, 4), Height / 2f + random.Next(-5, 6));
            var turn = SKMatrix.CreateRotationDegrees(random.Next(-25, 26));
            var skew = SKMatrix.CreateSkew((float)(random.NextDouble() - 0.5) * 0.4f, 0);
            var place = SKMatrix.CreateTranslation(-bounds.MidX, -bounds.MidY)
                .PostConcat(skew).PostConcat(turn).PostConcat(SKMatrix.CreateTranslation(centre.X, centre.Y));
            glyph.Transform(place);
            path.AddPath(glyph);
        }
        return path;
    }

    /// <summary>Moves every point of the outline up or down along a sine wave: a bend no affine transform undoes.</summary>
    private static SKPath Bend(SKPath source, float amplitude, float wavelength, double phase)
    {
        SKPoint Wave(SKPoint p) => new(p.X, p.Y + amplitude * (float)Math.Sin(phase + p.X * 2 * Math.PI / wavelength));

        var bent = new SKPath();
        using var iterator = source.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move: bent.MoveTo(Wave(points[0])); break;
                case SKPathVerb.Line: bent.LineTo(Wave(points[1])); break;
                case SKPathVerb.Quad: bent.QuadTo(Wave(points[1]), Wave(points[2])); break;
                case SKPathVerb.Conic: bent.ConicTo(Wave(points[1]), Wave(points[2]), iterator.ConicWeight()); break;
                case SKPathVerb.Cubic: bent.CubicTo(Wave(points[1]), Wave(points[2]), Wave(points[3])); break;
                case SKPathVerb.Close: bent.Close(); break;
            }
        }
        return bent;
    }

    private static void DrawCrossingCurves(SKCanvas canvas, Random random, SKColor ink)
    {
        using var pen = new SKPaint { Color = ink.WithAlpha(200), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        for (var i = 0; i < 2; i++)
        {
            using var curve = new SKPath();
            curve.MoveTo(0, random.Next(10, Height - 10));
            curve.CubicTo(Width / 3f, random.Next(0, Height), Width * 2 / 3f, random.Next(0, Height), Width, random.Next(10, Height - 10));
            canvas.DrawPath(curve, pen);
        }
    }

    private static void DrawSpeckles(SKCanvas canvas, Random random, int count)
    {
        using var dot = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        for (var i = 0; i < count; i++)
        {
            var shade = (byte)random.Next(90, 200);
            dot.Color = new SKColor(shade, (byte)(shade - random.Next(0, 40)), (byte)random.Next(60, 200), (byte)random.Next(120, 220));
            canvas.DrawCircle(random.Next(0, Width), random.Next(0, Height), random.Next(1, 3) * 0.7f, dot);
        }
    }
}
