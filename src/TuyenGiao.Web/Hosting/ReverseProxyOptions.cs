using System.ComponentModel.DataAnnotations;
using System.Net;

namespace TuyenGiao.Web.Hosting;

/// <summary>The proxy in front of the app (<c>ReverseProxy</c>); see <see cref="ReverseProxy"/>.</summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    /// <summary>Comma-separated CIDR ranges whose X-Forwarded-For and -Proto are believed.</summary>
    public string? KnownNetworks { get; set; }

    public IReadOnlyList<IPNetwork> Networks() =>
        [.. Ranges().Select(range => IPNetwork.TryParse(range, out var network) ? network : default)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Ranges().FirstOrDefault(range => !IPNetwork.TryParse(range, out _)) is { } wrong)
        {
            yield return new ValidationResult($"“{wrong}” không phải một dải địa chỉ CIDR (ví dụ 172.16.0.0/12).", [nameof(KnownNetworks)]);
        }
    }

    private string[] Ranges() =>
        KnownNetworks?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
