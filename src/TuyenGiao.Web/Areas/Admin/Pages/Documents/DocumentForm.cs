using System.ComponentModel.DataAnnotations;
using TuyenGiao.Documents;
using TuyenGiao.Time;

namespace TuyenGiao.Web.Areas.Admin.Pages.Documents;

/// <summary>The document form's fields, as typed. A failed save re-shows exactly these.</summary>
public sealed class DocumentForm
{
    [Required(ErrorMessage = "Vui lòng nhập số/ký hiệu của văn bản.")]
    [StringLength(LegalDocument.NumberMaxLength, ErrorMessage = "Số/ký hiệu dài tối đa {1} ký tự.")]
    [Display(Name = "Số/ký hiệu")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập trích yếu của văn bản.")]
    [StringLength(LegalDocument.TitleMaxLength, ErrorMessage = "Trích yếu dài tối đa {1} ký tự.")]
    [Display(Name = "Trích yếu")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng chọn loại văn bản.")]
    [Display(Name = "Loại văn bản")]
    public int? TypeId { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn cơ quan ban hành.")]
    [Display(Name = "Cơ quan ban hành")]
    public int? IssuerId { get; set; }

    [Display(Name = "Lĩnh vực")]
    public int? FieldId { get; set; }

    [StringLength(LegalDocument.SignerMaxLength, ErrorMessage = "Tên người ký dài tối đa {1} ký tự.")]
    [Display(Name = "Người ký")]
    public string? Signer { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn ngày ban hành.")]
    [Display(Name = "Ngày ban hành")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Ngày hiệu lực")]
    public DateOnly? EffectiveOn { get; set; }

    [Display(Name = "Tình trạng")]
    public DocumentStatus Status { get; set; }

    [Display(Name = "Bị thay thế bởi văn bản số")]
    public string? SupersededByNumber { get; set; }

    [Display(Name = "Ấn phẩm định kỳ")]
    public int? SeriesId { get; set; }

    [StringLength(LegalDocument.IssueNameMaxLength, ErrorMessage = "Kỳ/số dài tối đa {1} ký tự.")]
    [Display(Name = "Kỳ/số của ấn phẩm")]
    public string? IssueName { get; set; }

    [StringLength(4000, ErrorMessage = "Danh sách bài viết liên quan dài tối đa {1} ký tự.")]
    [Display(Name = "Bài viết liên quan")]
    public string? RelatedArticles { get; set; }

    [StringLength(LegalDocument.DescriptionMaxLength, ErrorMessage = "Phần giới thiệu dài tối đa {1} ký tự.")]
    [Display(Name = "Giới thiệu thêm (Markdown, không bắt buộc)")]
    public string? DescriptionMarkdown { get; set; }

    /// <summary>An admin's confirmation that a mark the guard found does not make the document secret; ignored for others.</summary>
    [Display(Name = "Tôi là quản trị viên và xác nhận văn bản này được phép đăng công khai")]
    public bool OverrideConfidentiality { get; set; }

    public static DocumentForm New(TimeProvider clock) => new() { IssuedOn = VietnamTime.Today(clock.GetUtcNow().UtcDateTime) };

    public static DocumentForm From(LegalDocument document) => new()
    {
        Number = document.Number,
        Title = document.Title,
        TypeId = document.TypeId,
        IssuerId = document.IssuerId,
        FieldId = document.FieldId,
        Signer = document.Signer,
        IssuedOn = document.IssuedOn,
        EffectiveOn = document.EffectiveOn,
        Status = document.Status,
        SupersededByNumber = document.SupersededBy?.Number,
        DescriptionMarkdown = document.DescriptionMarkdown,
        SeriesId = document.SeriesId,
        IssueName = document.IssueName,
        // Their addresses, one a line, as the editor pasted them; only the id at each one's end is read back.
        RelatedArticles = string.Join('\n', document.RelatedArticles.Select(a => SiteUrls.Article(a.Category!.Slug, a.Slug, a.Id))),
    };

    public DocumentFields ToFields() => new(
        Title.Trim(), DescriptionMarkdown ?? "", Number.Trim(), TypeId ?? 0, IssuerId ?? 0, FieldId, (Signer ?? "").Trim(),
        IssuedOn ?? default, EffectiveOn, Status, string.IsNullOrWhiteSpace(SupersededByNumber) ? null : SupersededByNumber.Trim(),
        SeriesId, (IssueName ?? "").Trim(), RelatedArticles ?? "");
}
