namespace TuyenGiao.Configuration;

/// <summary>
/// Fills a flat options class from configuration. Not the framework's binder: that one throws at the
/// first value it cannot convert, with a message that names neither the value nor what is allowed.
/// This one leaves such a property at its default, and <see cref="SettingsValidator{T}"/> stops the start
/// with a line that says both.
/// </summary>
internal static class SettingsBinder
{
    public static void Bind<T>(Microsoft.Extensions.Configuration.IConfiguration configuration, string section, T options)
        where T : class
    {
        foreach (var property in SettingValue.PropertiesOf(typeof(T)))
        {
            if (configuration[SettingValue.KeyOf(section, property)] is { } text
                && SettingValue.TryParse(text, property.PropertyType, out var value)
                && (value is not null || text.Trim().Length > 0))
            {
                property.SetValue(options, value);
            }
        }
    }
}
