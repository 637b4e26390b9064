using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Documents;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

/// <summary>An editor's document pages, and the form as an editor fills it with the demo lists.</summary>
internal static class DocumentNewsroom
{
    public const string NewPage = "/admin/van-ban/moi";

    public static string EditPage(int id) => $"/admin/van-ban/{id}";

    /// <summary>The id of a demo label: "Nghị quyết", "Tỉnh ủy"…</summary>
    public static Task<int> LabelAsync(PortalFactory portal, string name) =>
        portal.WithDatabaseAsync(db => db.DocumentLabels.Where(l => l.Name == name).Select(l => l.Id).SingleAsync());

    public static async Task<Dictionary<string, string>> FieldsAsync(
        PortalFactory portal, string number, string title, string type = "Nghị quyết", string issuedOn = "2024-03-15", string? status = null, string? supersededBy = null) => new()
    {
        ["Form.Number"] = number,
        ["Form.Title"] = title,
        ["Form.TypeId"] = (await LabelAsync(portal, type)).ToString(CultureInfo.InvariantCulture),
        ["Form.IssuerId"] = (await LabelAsync(portal, "Ban Tuyên giáo Tỉnh ủy")).ToString(CultureInfo.InvariantCulture),
        ["Form.FieldId"] = "",
        ["Form.Signer"] = "Phạm Thu Trang",
        ["Form.IssuedOn"] = issuedOn,
        ["Form.EffectiveOn"] = "",
        ["Form.Status"] = status ?? nameof(DocumentStatus.InForce),
        ["Form.SupersededByNumber"] = supersededBy ?? "",
        ["Form.DescriptionMarkdown"] = "",
    };

    /// <summary>Creates a draft; its id.</summary>
    public static async Task<int> CreateAsync(HttpClient editor, Dictionary<string, string> fields)
    {
        using var response = await editor.PostFormAsync($"{NewPage}?handler=Save", fields, NewPage);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlPage.FromResponseAsync(response);
            throw new Xunit.Sdk.XunitException($"Document not created ({page.Status}): {string.Join(" | ", page.Texts(".field-error"))}");
        }
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient editor, int id, string fileName, byte[] file, bool overrideConfidentiality = false) =>
        editor.PostWithFilesAsync($"{EditPage(id)}?handler=Upload",
            overrideConfidentiality ? new Dictionary<string, string> { ["overrideConfidentiality"] = "true" } : [],
            "files", [(fileName, file)], EditPage(id));

    public static Task<HttpResponseMessage> PublishAsync(HttpClient editor, int id, Dictionary<string, string> fields) =>
        editor.PostFormAsync($"{EditPage(id)}?handler=Publish", fields, EditPage(id));

    /// <summary>A draft with one file, published; its id.</summary>
    public static async Task<int> PublishedAsync(HttpClient editor, Dictionary<string, string> fields, string fileName, byte[] file)
    {
        var id = await CreateAsync(editor, fields);
        using (var upload = await UploadAsync(editor, id, fileName, file))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }
        using var published = await PublishAsync(editor, id, fields);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return id;
    }

    /// <summary>The public list's result count line for a query string.</summary>
    public static async Task<IReadOnlyList<string>> NumbersFoundAsync(HttpClient reader, string query)
    {
        var page = await HtmlPage.GetAsync(reader, $"/van-ban?{query}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Texts(".document-number strong");
    }
}
