using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace TuyenGiao.Web.Pages.Shared;

/// <summary>schema.org data for search engines, as JSON safe to place inside a script element.</summary>
internal static class JsonLd
{
    // The default JavaScript encoder escapes <, >, & and quotes even with all ranges allowed, so the
    // text can never close the script element it sits in.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The properties given, leaving out those without a value.</summary>
    public static string Serialize(Dictionary<string, object?> properties) => JsonSerializer.Serialize(Present(properties), Options);

    /// <summary>A nested object, leaving out the properties without a value.</summary>
    public static Dictionary<string, object?> Present(Dictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary();

    public static Dictionary<string, string> Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };
}
