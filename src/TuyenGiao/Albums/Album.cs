using TuyenGiao.Categories;

namespace TuyenGiao.Albums;

/// <summary>A photo album ("Thư viện ảnh"): the photos of one event, in the order the editor set.</summary>
public class Album
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 5000;

    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Follows the title; the id in the URL decides, so an old slug still reaches the album.</summary>
    public required string Slug { get; set; }

    public string DescriptionMarkdown { get; set; } = "";

    /// <summary>The description rendered and sanitized; set only with the Markdown (see <see cref="AlbumEditing"/>).</summary>
    public string DescriptionHtml { get; set; } = "";

    /// <summary>Title and description folded for search: lower case, no tones, đ as d.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The day of the event the photos show, as the board dates it (Vietnam calendar).</summary>
    public DateOnly EventDate { get; set; }

    public int? CategoryId { get; set; }
    public Category? Category { get; set; }

    /// <summary>The photo that stands for the album in lists and link previews: one of its own.</summary>
    public int? CoverPhotoId { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>UTC; set at the first publication and kept through later edits.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long ViewCount { get; set; }

    public List<AlbumPhoto> Photos { get; set; } = [];
}
