using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TuyenGiao.Tests.Support;

/// <summary>A fetched page, read the way a reader sees it: status, visible text, links.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(HttpStatusCode status, string html)
    {
        Status = status;
        Html = html;
        Document = Parser.ParseDocument(html);
    }

    public HttpStatusCode Status { get; }
    public string Html { get; }
    public IDocument Document { get; }

    public static Task<HtmlPage> GetAsync(HttpClient client, string url) => SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url));

    public static async Task<HtmlPage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        return await FromResponseAsync(response);
    }

    public static async Task<HtmlPage> FromResponseAsync(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync());

    /// <summary>The trimmed, whitespace-collapsed text of the first element matching the selector.</summary>
    public string Text(string selector) =>
        Collapse(Document.QuerySelector(selector)?.TextContent
            ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}' in:\n{Html}"));

    public IReadOnlyList<string> Texts(string selector) =>
        Document.QuerySelectorAll(selector).Select(e => Collapse(e.TextContent)).ToList();

    public string BodyText => Collapse(Document.Body!.TextContent);

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
