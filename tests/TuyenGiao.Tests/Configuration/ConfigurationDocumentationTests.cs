using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using TuyenGiao.Configuration;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Configuration;

/// <summary>The README's configuration tables and the options classes say the same thing.</summary>
public sealed partial class ConfigurationDocumentationTests
{
    // Documented because operators set it, but read by Serilog itself rather than bound to an options class.
    private static readonly string[] ReadByLibraries = ["Serilog:MinimumLevel"];

    private static readonly Dictionary<string, string> Documented = DocumentedDefaults();
    private static readonly Dictionary<string, string> Bound = BoundDefaults();

    [Fact]
    public void Every_bound_setting_is_documented() =>
        Assert.Empty(Bound.Keys.Except(Documented.Keys).Order());

    [Fact]
    public void Every_documented_setting_is_bound() =>
        Assert.Empty(Documented.Keys.Except(Bound.Keys).Except(ReadByLibraries).Order());

    [Fact]
    public void Documented_defaults_are_the_defaults_in_the_code()
    {
        var disagreements = Bound.Keys.Intersect(Documented.Keys)
            .Where(key => !AgreesWith(Documented[key], Bound[key]))
            .Select(key => $"{key}: README says “{Documented[key]}”, the code “{Bound[key]}”")
            .ToList();
        Assert.Empty(disagreements);
    }

    /// <summary>An empty default is documented as "empty …" (with what empty means); any other, as its value in code style first.</summary>
    private static bool AgreesWith(string cell, string value) =>
        value.Length == 0
            ? cell.StartsWith("empty", StringComparison.Ordinal)
            : CodeSpan().Match(cell) is { Success: true } code && code.Groups[1].Value == value;

    private static Dictionary<string, string> DocumentedDefaults()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root(), "README.md"));
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in readme)
        {
            if (SettingRow().Match(line) is { Success: true } row)
            {
                rows.Add(row.Groups["key"].Value, row.Groups["default"].Value.Trim());
            }
        }
        Assert.NotEmpty(rows);
        return rows;
    }

    private static Dictionary<string, string> BoundDefaults()
    {
        var optionsTypes = new[] { typeof(ValidatedOptions).Assembly, typeof(Program).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .ToList();
        Assert.NotEmpty(optionsTypes);
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in optionsTypes)
        {
            var section = (string)type.GetField("Section")!.GetRawConstantValue()!;
            var fresh = Activator.CreateInstance(type)!;
            foreach (var property in SettingValue.PropertiesOf(type))
            {
                defaults.Add(SettingValue.KeyOf(section, property), Format(property.GetValue(fresh)));
            }
        }
        return defaults;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    // | `Section:Key` | default | meaning |
    [GeneratedRegex(@"^\| `(?<key>[A-Za-z]+:[A-Za-z]+)` \| (?<default>[^|]*) \|")]
    private static partial Regex SettingRow();

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex CodeSpan();
}
