using System.Net;
using AngleSharp.Html.Dom;

namespace TuyenGiao.Tests.Support;

/// <summary>The newsroom's forms as a browser would submit them: every field with the value the page shows.</summary>
public static class EditorForm
{
    /// <summary>Opens a page and reads the values of its form's fields (the first form matching the selector).</summary>
    public static async Task<Dictionary<string, string>> OpenAsync(HttpClient client, string url, string formSelector = "form.article-editor")
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return ValuesOf(page, formSelector);
    }

    public static Dictionary<string, string> ValuesOf(HtmlPage page, string formSelector = "form.article-editor")
    {
        var form = page.Document.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"No {formSelector} in:\n{page.Html}");
        var values = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            var value = field switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => null,
                IHtmlInputElement { Type: "file" } => null,
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement textArea => textArea.Value,
                IHtmlSelectElement select => select.Value,
                _ => null,
            };
            // A checked box comes before its hidden "false", and a browser sends both; binding takes the first.
            if (value is not null && name != "__RequestVerificationToken")
            {
                values.TryAdd(name, value);
            }
        }
        return values;
    }

    public static async Task<int> CreateArticleAsync(HttpClient client, Dictionary<string, string> fields, string handler = "Save")
    {
        using var response = await client.PostFormAsync($"/admin/bai-viet/moi?handler={handler}", fields, "/admin/bai-viet/moi");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlPage.FromResponseAsync(response);
            throw new Xunit.Sdk.XunitException($"Not saved ({page.Status}): {string.Join(" | ", page.Texts(".field-error, .error-summary li"))}");
        }
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, string> NewArticle(int categoryId, string title, string body = "Nội dung bài viết mới.") => new()
    {
        ["Form.Title"] = title,
        ["Form.Sapo"] = $"Sapo của bài {title}",
        ["Form.BodyMarkdown"] = body,
        ["Form.CategoryId"] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.AuthorLine"] = "Minh Châu",
        ["Form.SourceLine"] = "Ban Tuyên giáo",
        ["Form.Version"] = "0",
    };
}
