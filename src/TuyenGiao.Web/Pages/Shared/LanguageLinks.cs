namespace TuyenGiao.Web.Pages.Shared;

/// <summary>A page's version in another language, for the header's switch and the head's <c>hreflang</c> links.</summary>
/// <param name="Lang">The version's language: "vi" or "en".</param>
/// <param name="Label">What the switch says, in that language ("Tiếng Việt", "English").</param>
/// <param name="Path">The version's address on this site.</param>
public sealed record LanguageVersion(string Lang, string Label, string Path);

/// <summary>How a page tells the layout its language and its other versions (through ViewData).</summary>
public static class LanguageLinks
{
    public const string LangKey = "Lang";
    public const string VersionsKey = "LanguageVersions";

    public static string LangOf(IDictionary<string, object?> viewData) => viewData[LangKey] as string ?? "vi";

    public static IReadOnlyList<LanguageVersion> VersionsOf(IDictionary<string, object?> viewData) =>
        viewData[VersionsKey] as IReadOnlyList<LanguageVersion> ?? [];
}
