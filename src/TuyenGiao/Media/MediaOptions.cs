using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Media;

/// <summary>Uploads (<c>Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    [Range(1, 1024, ErrorMessage = "phải là số megabyte từ {1} đến {2}.")]
    public int MaxUploadMegabytes { get; set; } = 10;

    /// <summary>A documentary film's file; streamed to disk, so its size costs disk, not memory.</summary>
    [Range(1, 20_480, ErrorMessage = "phải là số megabyte từ {1} đến {2}.")]
    public int MaxVideoMegabytes { get; set; } = 500;
}
