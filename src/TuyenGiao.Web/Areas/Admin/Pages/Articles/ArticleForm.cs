using System.ComponentModel.DataAnnotations;
using TuyenGiao.Articles;
using TuyenGiao.Time;

namespace TuyenGiao.Web.Areas.Admin.Pages.Articles;

/// <summary>The article editor's fields, as typed. A failed save re-shows exactly these.</summary>
public sealed class ArticleForm
{
    [Required(ErrorMessage = "Vui lòng nhập tiêu đề.")]
    [StringLength(300, ErrorMessage = "Tiêu đề dài tối đa {1} ký tự.")]
    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Sapo dài tối đa {1} ký tự.")]
    [Display(Name = "Sapo (đoạn dẫn in đậm)")]
    public string? Sapo { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập nội dung bài viết.")]
    [Display(Name = "Nội dung (Markdown)")]
    public string BodyMarkdown { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng chọn chuyên mục.")]
    [Display(Name = "Chuyên mục")]
    public int? CategoryId { get; set; }

    [StringLength(500, ErrorMessage = "Đường dẫn ảnh dài tối đa {1} ký tự.")]
    [Display(Name = "Ảnh đại diện (đường dẫn)")]
    public string? CoverImageUrl { get; set; }

    [StringLength(500, ErrorMessage = "Chú thích ảnh dài tối đa {1} ký tự.")]
    [Display(Name = "Chú thích ảnh đại diện")]
    public string? CoverImageCaption { get; set; }

    [StringLength(200, ErrorMessage = "Dòng tác giả dài tối đa {1} ký tự.")]
    [Display(Name = "Tác giả")]
    public string? AuthorLine { get; set; }

    [StringLength(300, ErrorMessage = "Dòng nguồn dài tối đa {1} ký tự.")]
    [Display(Name = "Nguồn")]
    public string? SourceLine { get; set; }

    [Display(Name = "Tin nổi bật (hiện ở Tiêu điểm trang chủ)")]
    public bool IsFeatured { get; set; }

    [Display(Name = "Album ảnh ở cuối bài")]
    public int? AlbumId { get; set; }

    /// <summary>The special topics ticked for the article; saved beside it, not part of its revisions.</summary>
    public List<int> TopicIds { get; set; } = [];

    /// <summary>The article's version when this form was opened; see <see cref="Article.Version"/>.</summary>
    public int Version { get; set; }

    /// <summary>Vietnam wall-clock time, as a datetime-local input gives it.</summary>
    [Display(Name = "Hẹn giờ đăng (giờ Việt Nam)")]
    public DateTime? ScheduleAt { get; set; }

    /// <summary>The form for a saved article: its text, or the change waiting for review when there is one.</summary>
    public static ArticleForm From(Article article, ArticleContent? pendingEdit = null)
    {
        var content = pendingEdit ?? ArticleContent.Of(article);
        return new()
        {
            Title = content.Title,
            Sapo = content.Sapo,
            BodyMarkdown = content.BodyMarkdown,
            CategoryId = content.CategoryId,
            CoverImageUrl = content.CoverImageUrl,
            CoverImageCaption = content.CoverImageCaption,
            AuthorLine = content.AuthorLine,
            SourceLine = content.SourceLine,
            IsFeatured = content.IsFeatured,
            AlbumId = content.AlbumId,
            Version = article.Version,
            ScheduleAt = article.Status == ArticleStatus.Scheduled && article.PublishedAt is { } at ? VietnamTime.ToLocal(at) : null,
        };
    }

    public ArticleContent ToContent() => new(
        Title.Trim(), Sapo?.Trim() ?? "", BodyMarkdown, CategoryId ?? 0, Blank(CoverImageUrl), Blank(CoverImageCaption),
        Blank(AuthorLine), Blank(SourceLine), IsFeatured, AlbumId);

    public ArticleSave ToSave(PublishChoice choice) =>
        new(ToContent(), Version, choice, ScheduleAt is { } local ? VietnamTime.ToUtc(local) : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
