using System.Globalization;
using System.Net;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Albums;

/// <summary>An editor's album form as a browser without JavaScript submits it.</summary>
internal static class AlbumNewsroom
{
    public const string NewPage = "/admin/album-anh/moi";

    public static string EditPage(int id) => $"/admin/album-anh/{id}";

    /// <summary>Creates a draft album with the given photos through the form's upload button; its id.</summary>
    public static async Task<int> CreateAsync(HttpClient editor, string title, params byte[][] photos)
    {
        using var response = await editor.PostWithFilesAsync($"{NewPage}?handler=Upload", new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.EventDate"] = "2026-11-20",
            ["Form.DescriptionMarkdown"] = "Ảnh **hội nghị** tại hội trường.",
        }, "uploads", photos.Select((photo, i) => ($"anh-{i + 1}.jpg", photo)), NewPage);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlPage.FromResponseAsync(response);
            throw new Xunit.Sdk.XunitException($"Album not created ({page.Status}): {string.Join(" | ", page.Texts(".field-error, .error-summary li"))}");
        }
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public static async Task<(Dictionary<string, string> Form, IReadOnlyList<int> PhotoIds)> OpenAsync(HttpClient editor, int id)
    {
        var page = await HtmlPage.GetAsync(editor, EditPage(id));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (EditorForm.ValuesOf(page, "form.album-editor"), PhotoIdsOf(page));
    }

    public static IReadOnlyList<int> PhotoIdsOf(HtmlPage page) =>
        page.Document.QuerySelectorAll("li.photo-row").Select(row => int.Parse(row.GetAttribute("data-photo-id")!, CultureInfo.InvariantCulture)).ToList();

    public static Task<HttpResponseMessage> PostAsync(HttpClient editor, int id, string handler, Dictionary<string, string> form) =>
        editor.PostFormAsync($"{EditPage(id)}?handler={handler}", form, EditPage(id));
}
