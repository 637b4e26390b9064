using TuyenGiao.Content;

namespace TuyenGiao.Videos;

/// <summary>
/// A documentary film ("Phim tư liệu"): a file uploaded to the media folder, or a YouTube video of which
/// only the id is kept. Exactly one of <see cref="FileUrl"/> and <see cref="YouTubeId"/> is set once it
/// can be published.
/// </summary>
public class Video : PublishedItem
{
    /// <summary>The film's date, as the board dates it (Vietnam calendar).</summary>
    public DateOnly Date { get; set; }

    public int? DurationSeconds { get; set; }

    /// <summary>An uploaded image (widest copy); shown before the film plays, and as its link preview.</summary>
    public string? PosterUrl { get; set; }

    /// <summary>The uploaded file, e.g. <c>/media/2026/11/…​.mp4</c>.</summary>
    public string? FileUrl { get; set; }

    public long FileBytes { get; set; }

    /// <summary><c>video/mp4</c> or <c>video/webm</c>, as the file's content said.</summary>
    public string? FileType { get; set; }

    /// <summary>The 11-character id of a YouTube video; the player is loaded only when a reader presses play.</summary>
    public string? YouTubeId { get; set; }

    public bool HasSource => FileUrl is not null || YouTubeId is not null;
}
