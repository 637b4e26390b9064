using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Articles;

/// <summary>Scheduled publishing (<c>Publishing</c>).</summary>
public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>How often scheduled articles are looked for (and once at every start).</summary>
    [Range(1, 86_400, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int CheckSeconds { get; set; } = 30;
}
