namespace TuyenGiao.Media;

/// <summary>An uploaded image, stored in the media folder at a few widths for <c>srcset</c>.</summary>
public class MediaImage
{
    public int Id { get; set; }

    /// <summary>The widest stored copy, e.g. <c>/media/2026/11/3f2a…-1600.jpg</c>; the narrower ones follow from it.</summary>
    public required string Url { get; set; }

    public required string OriginalFileName { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
}
