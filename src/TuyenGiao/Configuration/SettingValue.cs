using System.Globalization;
using System.Reflection;

namespace TuyenGiao.Configuration;

/// <summary>
/// Reads one setting of a flat options class: its full key, its text as configured, and that text as the
/// property's type. The binder and the validator share these, so a value the binder cannot read is
/// exactly the one the validator names.
/// </summary>
internal static class SettingValue
{
    public static IEnumerable<PropertyInfo> PropertiesOf(Type optionsType) =>
        optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    public static string KeyOf(string section, PropertyInfo property) =>
        property.GetCustomAttribute<ConfigurationPathAttribute>()?.Path ?? $"{section}:{property.Name}";

    /// <summary>An empty text means "not set" for everything but strings, as in appsettings.json's <c>""</c>.</summary>
    public static bool TryParse(string text, Type type, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        if (target == typeof(string))
        {
            value = text;
            return true;
        }
        if (text.Trim().Length == 0)
        {
            return true;
        }
        if (target == typeof(bool) && bool.TryParse(text.Trim(), out var flag))
        {
            value = flag;
            return true;
        }
        if (target == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }
        if (target == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var longNumber))
        {
            value = longNumber;
            return true;
        }
        if (target.IsEnum && Enum.TryParse(target, text.Trim(), ignoreCase: true, out var member) && Enum.IsDefined(target, member))
        {
            value = member;
            return true;
        }
        return false;
    }

    /// <summary>What a value of the type looks like, for the message about one that is not.</summary>
    public static string Expected(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(bool) ? "phải là true hoặc false"
            : target == typeof(int) || target == typeof(long) ? "phải là một số nguyên"
            : target.IsEnum ? $"phải là một trong: {string.Join(", ", Enum.GetNames(target))}"
            : "không đọc được";
    }
}
