using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Configuration;

/// <summary>
/// Checks an options class as configured and says, one line per problem, which key holds which value and
/// what is allowed: a value of the wrong type, a key the section does not have (a typo would otherwise be
/// a silent default), and the class's own rules (data annotations and <see cref="IValidatableObject"/>).
/// </summary>
internal sealed class SettingsValidator<T>(IConfiguration configuration, string section, IServiceProvider services) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        var properties = SettingValue.PropertiesOf(typeof(T)).ToList();
        var known = properties.Where(p => p.GetCustomAttribute<ConfigurationPathAttribute>() is null)
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var child in configuration.GetSection(section).GetChildren().Where(c => !known.Contains(c.Key)))
        {
            failures.Add($"{child.Path}: không có thiết lập này; mục {section} có: {string.Join(", ", known)}.");
        }

        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var key = SettingValue.KeyOf(section, property);
            if (configuration[key] is { } text && !SettingValue.TryParse(text, property.PropertyType, out _))
            {
                unreadable.Add(property.Name);
                failures.Add($"{Describe(property, key)}: {SettingValue.Expected(property.PropertyType)}.");
            }
        }

        var results = new List<ValidationResult>();
        // The services let a rule depend on where the app runs (a setting required only in Production).
        Validator.TryValidateObject(options, new ValidationContext(options, services, null), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Where(m => !unreadable.Contains(m)).ToList();
            foreach (var property in properties.Where(p => members.Contains(p.Name)))
            {
                failures.Add($"{Describe(property, SettingValue.KeyOf(section, property))}: {result.ErrorMessage}");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private string Describe(PropertyInfo property, string key) =>
        configuration[key] is not { } text || text.Trim().Length == 0 ? $"{key} (chưa đặt)"
        : property.GetCustomAttribute<SecretAttribute>() is not null ? $"{key} (giá trị bí mật, không in ra)"
        : $"{key} = \"{text}\"";
}
