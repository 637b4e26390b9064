namespace TuyenGiao.Configuration;

/// <summary>
/// Binds a property from a configuration path outside its options class's section, where the .NET
/// convention puts the value: a connection string lives under <c>ConnectionStrings</c>, not beside the provider.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfigurationPathAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}
