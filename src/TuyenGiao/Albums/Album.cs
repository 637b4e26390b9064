using TuyenGiao.Categories;
using TuyenGiao.Content;

namespace TuyenGiao.Albums;

/// <summary>A photo album ("Thư viện ảnh"): the photos of one event, in the order the editor set.</summary>
public class Album : PublishedItem
{
    /// <summary>The day of the event the photos show, as the board dates it (Vietnam calendar).</summary>
    public DateOnly EventDate { get; set; }

    public int? CategoryId { get; set; }
    public Category? Category { get; set; }

    /// <summary>The photo that stands for the album in lists and link previews: one of its own.</summary>
    public int? CoverPhotoId { get; set; }

    public List<AlbumPhoto> Photos { get; set; } = [];
}
