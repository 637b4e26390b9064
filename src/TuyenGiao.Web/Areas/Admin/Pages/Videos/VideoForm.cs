using System.ComponentModel.DataAnnotations;
using TuyenGiao.Time;
using TuyenGiao.Videos;

namespace TuyenGiao.Web.Areas.Admin.Pages.Videos;

/// <summary>The video form's fields, as typed. A failed save re-shows exactly these.</summary>
public sealed class VideoForm
{
    [Required(ErrorMessage = "Vui lòng nhập tên phim.")]
    [StringLength(Video.TitleMaxLength, ErrorMessage = "Tên phim dài tối đa {1} ký tự.")]
    [Display(Name = "Tên phim")]
    public string Title { get; set; } = "";

    [StringLength(Video.DescriptionMaxLength, ErrorMessage = "Phần giới thiệu dài tối đa {1} ký tự.")]
    [Display(Name = "Giới thiệu (Markdown)")]
    public string? DescriptionMarkdown { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn ngày của phim.")]
    [Display(Name = "Ngày")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Thời lượng (phút:giây)")]
    public string? Duration { get; set; }

    [Display(Name = "Hoặc địa chỉ video YouTube")]
    public string? YouTubeAddress { get; set; }

    [Display(Name = "Ảnh poster (đường dẫn)")]
    public string? PosterUrl { get; set; }

    public static VideoForm New(TimeProvider clock) => new() { Date = VietnamTime.Today(clock.GetUtcNow().UtcDateTime) };

    public static VideoForm From(Video video) => new()
    {
        Title = video.Title,
        DescriptionMarkdown = video.DescriptionMarkdown,
        Date = video.Date,
        Duration = video.DurationSeconds is { } seconds ? VideoDuration.Format(seconds) : null,
        YouTubeAddress = video.YouTubeId is { } id ? TuyenGiao.Videos.YouTubeAddress.WatchUrl(id) : null,
        PosterUrl = video.PosterUrl,
    };

    public VideoFields ToFields() => new(
        Title.Trim(), DescriptionMarkdown ?? "", Date ?? default, Blank(Duration), Blank(YouTubeAddress), Blank(PosterUrl));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
