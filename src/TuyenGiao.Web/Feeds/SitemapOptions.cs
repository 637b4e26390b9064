using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Web.Feeds;

/// <summary>The article sitemaps (<c>Sitemap</c>).</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    /// <summary>The sitemaps.org limit is 50,000 URLs a file; smaller files are quicker to make and fetch.</summary>
    [Range(1, 50_000, ErrorMessage = "phải là số địa chỉ mỗi tệp từ {1} đến {2}.")]
    public int UrlsPerFile { get; set; } = 10_000;
}
