using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Web.Caching;

/// <summary>The output cache of public pages (<c>Caching</c>).</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    public bool Enabled { get; set; } = true;

    /// <summary>Longest a cached page lives; a save readers would see evicts it sooner.</summary>
    [Range(1, 86_400, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int PageSeconds { get; set; } = 60;
}
