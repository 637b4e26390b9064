using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Web.Hosting;

/// <summary>The site as the public reaches it (<c>Site</c>).</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>
    /// The address readers use (<c>https://tuyengiao.tinh.gov.vn</c>). Canonical links, link previews,
    /// feeds and sitemaps are made from it, never from the request's Host header, which anyone can set;
    /// in Production only its host is accepted. Required in Production; elsewhere empty means the request's.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long browsers must use HTTPS only once they have seen it (HSTS), in Production.</summary>
    [Range(0, 3650, ErrorMessage = "phải là số ngày từ {1} đến {2} (0 để không gửi HSTS).")]
    public int HstsDays { get; set; } = 365;

    public Uri? PublicUri => Uri.TryCreate(PublicUrl?.TrimEnd('/'), UriKind.Absolute, out var uri) ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicUrl) && PublicUri is not { Scheme: "http" or "https", Query: "", Fragment: "" })
        {
            yield return new ValidationResult("phải là một địa chỉ http hoặc https đầy đủ, ví dụ https://tuyengiao.tinh.gov.vn.", [nameof(PublicUrl)]);
        }
        else if (string.IsNullOrWhiteSpace(PublicUrl) && validationContext.GetService(typeof(IHostEnvironment)) is IHostEnvironment { } environment
            && environment.IsProduction())
        {
            yield return new ValidationResult("phải đặt ở môi trường Production: các liên kết tuyệt đối (RSS, sitemap, xem trước liên kết) lấy từ đây, ví dụ https://tuyengiao.tinh.gov.vn.", [nameof(PublicUrl)]);
        }
    }
}
