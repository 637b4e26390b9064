namespace TuyenGiao.DemoContent;

/// <summary>DejaVu Sans, embedded for the demo content's own writing: it has every Vietnamese letter.</summary>
internal static class DemoFont
{
    public static readonly Lazy<byte[]> DejaVuSans = new(() =>
    {
        using var stream = typeof(DemoFont).Assembly.GetManifestResourceStream("TuyenGiao.DemoContent.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("DejaVuSans.ttf is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
