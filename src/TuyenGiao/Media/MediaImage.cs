using TuyenGiao.Text;

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

    public const int CaptionMaxLength = 500;

    /// <summary>The caption the photo last had in an article (see <see cref="MediaCaptions"/>), credit included.</summary>
    public string? Caption { get; private set; }

    /// <summary>The file name and the caption, folded, for the picker's search without tones.</summary>
    public string SearchText { get; private set; } = "";

    public void Describe(string? caption)
    {
        Caption = caption is { Length: > CaptionMaxLength } ? caption[..CaptionMaxLength] : caption;
        SearchText = VietnameseText.Fold($"{OriginalFileName}\n{Caption}");
    }
}
