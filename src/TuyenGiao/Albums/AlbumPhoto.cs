namespace TuyenGiao.Albums;

/// <summary>One photo of an album: an uploaded image with its caption and credit, at its place in the order.</summary>
public class AlbumPhoto
{
    public const int CaptionMaxLength = 500;
    public const int CreditMaxLength = 100;

    public int Id { get; set; }
    public int AlbumId { get; set; }

    /// <summary>The widest stored copy of the image (see <see cref="Content.ResponsiveImages"/>).</summary>
    public required string ImageUrl { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }
    public string Caption { get; set; } = "";

    /// <summary>Who took it: printed as "Ảnh: Minh Hải".</summary>
    public string? Credit { get; set; }

    /// <summary>From 1; the order readers see.</summary>
    public int Position { get; set; }
}
