using System.ComponentModel.DataAnnotations;
using TuyenGiao.Albums;
using TuyenGiao.Time;

namespace TuyenGiao.Web.Areas.Admin.Pages.Albums;

/// <summary>The album form's fields, as typed. A failed save re-shows exactly these.</summary>
public sealed class AlbumForm
{
    [Required(ErrorMessage = "Vui lòng nhập tên album.")]
    [StringLength(Album.TitleMaxLength, ErrorMessage = "Tên album dài tối đa {1} ký tự.")]
    [Display(Name = "Tên album")]
    public string Title { get; set; } = "";

    [StringLength(Album.DescriptionMaxLength, ErrorMessage = "Phần giới thiệu dài tối đa {1} ký tự.")]
    [Display(Name = "Giới thiệu (Markdown)")]
    public string? DescriptionMarkdown { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn ngày diễn ra sự kiện.")]
    [Display(Name = "Ngày diễn ra sự kiện")]
    public DateOnly? EventDate { get; set; }

    [Display(Name = "Chuyên mục (không bắt buộc)")]
    public int? CategoryId { get; set; }

    /// <summary>The photo chosen as the cover: a radio button on each photo.</summary>
    public int? CoverPhotoId { get; set; }

    /// <summary>Each photo's fields, by the photo's id (the form names them <c>Form.Photos[17].Caption</c>).</summary>
    public Dictionary<int, PhotoForm> Photos { get; set; } = [];

    public static AlbumForm New(TimeProvider clock) => new() { EventDate = VietnamTime.Today(clock.GetUtcNow().UtcDateTime) };

    public static AlbumForm From(Album album) => new()
    {
        Title = album.Title,
        DescriptionMarkdown = album.DescriptionMarkdown,
        EventDate = album.EventDate,
        CategoryId = album.CategoryId,
        CoverPhotoId = album.CoverPhotoId,
        Photos = album.Photos.ToDictionary(p => p.Id, PhotoForm.From),
    };

    public AlbumFields ToFields() => new(
        Title.Trim(), DescriptionMarkdown ?? "", EventDate ?? default, CategoryId, CoverPhotoId,
        [.. Photos.Select(p => new PhotoFields(p.Key, p.Value.Caption?.Trim() ?? "", Blank(p.Value.Credit), p.Value.Position, p.Value.Remove))]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One photo's row in the album form.</summary>
public sealed class PhotoForm
{
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public int Position { get; set; }
    public bool Remove { get; set; }

    public static PhotoForm From(AlbumPhoto photo) => new() { Caption = photo.Caption, Credit = photo.Credit, Position = photo.Position };
}
