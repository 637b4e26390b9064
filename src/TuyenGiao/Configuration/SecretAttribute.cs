namespace TuyenGiao.Configuration;

/// <summary>A setting whose value never appears in a start-up error: it may be a password or a key.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
