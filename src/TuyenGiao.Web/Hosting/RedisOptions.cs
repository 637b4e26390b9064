using TuyenGiao.Configuration;

namespace TuyenGiao.Web.Hosting;

/// <summary>Several instances as one site (<c>Redis</c>); see <see cref="ScaleOut"/>.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis connection string (<c>redis:6379</c>); empty for one instance on its own.</summary>
    [Secret]
    public string? Configuration { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}
