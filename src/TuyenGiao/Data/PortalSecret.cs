namespace TuyenGiao.Data;

/// <summary>A key the portal made for itself, stored encrypted with the data-protection keys (see <see cref="PortalSecrets"/>).</summary>
public sealed class PortalSecret
{
    public const int NameMaxLength = 100;

    public required string Name { get; init; }
    public required string ProtectedValue { get; init; }
}
