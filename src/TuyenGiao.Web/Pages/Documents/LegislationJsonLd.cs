using TuyenGiao.Documents;
using TuyenGiao.Web.Pages.Shared;

namespace TuyenGiao.Web.Pages.Documents;

/// <summary>schema.org's <c>Legislation</c> for a document, with each file as a <c>DigitalDocument</c>.</summary>
public static class LegislationJsonLd
{
    public static string For(LegalDocument document, string url, Func<string, string> absolute) => JsonLd.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Legislation",
        ["name"] = document.Title,
        ["url"] = url,
        ["legislationIdentifier"] = document.Number,
        ["legislationType"] = document.Type?.Name,
        ["legislationPassedBy"] = JsonLd.Organization(document.Issuer?.Name ?? ""),
        ["legislationDate"] = document.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["legislationDateVersion"] = document.EffectiveOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["inLanguage"] = "vi",
        ["encoding"] = document.CurrentFiles.Select(f => new Dictionary<string, object?>
        {
            ["@type"] = "DigitalDocument",
            ["name"] = f.FileName,
            ["encodingFormat"] = f.Format.ContentType(),
            ["contentUrl"] = absolute(SiteUrls.DocumentFile(f.Id, f.FileName)),
            ["contentSize"] = $"{f.Bytes} B",
        }).ToList(),
    });
}
