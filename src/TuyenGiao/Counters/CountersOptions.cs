using System.ComponentModel.DataAnnotations;
using TuyenGiao.Configuration;

namespace TuyenGiao.Counters;

/// <summary>Views and visits (<c>Counters</c>).</summary>
public sealed class CountersOptions : IValidatableObject
{
    public const string Section = "Counters";

    public bool Enabled { get; set; } = true;

    /// <summary>How often pending counts are written.</summary>
    [Range(1, 3_600, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int FlushSeconds { get; set; } = 10;

    /// <summary>Requests without a visitor cookie one address may make in a day and still be counted (and get a cookie).</summary>
    [Range(1, 10_000_000, ErrorMessage = "phải là số lượt từ {1} đến {2}.")]
    public int NewReadersPerAddressPerDay { get; set; } = 300;

    /// <summary>
    /// Base64; several instances must hash a cookie-less visitor alike, so they share it. Empty: each
    /// process draws its own, which only means such a visitor may count twice after a restart.
    /// </summary>
    [Secret]
    public string? VisitorSecret { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(VisitorSecret) && (VisitorSecretBytes() is not { Length: >= 16 }))
        {
            yield return new ValidationResult("phải là base64 của ít nhất 16 byte (ví dụ: openssl rand -base64 32).", [nameof(VisitorSecret)]);
        }
    }

    /// <summary>The configured secret's bytes; null when none is set or it is not base64.</summary>
    public byte[]? VisitorSecretBytes()
    {
        var bytes = new byte[VisitorSecret?.Length ?? 0];
        return Convert.TryFromBase64String(VisitorSecret ?? "", bytes, out var written) && written > 0 ? bytes[..written] : null;
    }
}
