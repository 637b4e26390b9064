using System.Net;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Polls;

/// <summary>Readers who post a poll's or a survey's form as a browser on the site's own page does, each with the cookie the site gave them.</summary>
public static class PollReaders
{
    /// <summary>A client that is one reader: the site's signed visitor cookie on every request, redirects not followed.</summary>
    public static HttpClient NewReader(this PortalFactory portal)
    {
        var client = portal.CreateClientWithoutRedirects();
        client.DefaultRequestHeaders.Add("Cookie", Readers.CookieHeaderFor(portal, Readers.NewId()));
        return client;
    }

    public static Task<HttpResponseMessage> VoteAsync(this HttpClient reader, int pollId, params string[] optionIds) =>
        reader.PostAsync($"/tham-do/{pollId}", new FormUrlEncodedContent(optionIds.Select(id => KeyValuePair.Create("OptionIds", id))));

    public static Task<HttpResponseMessage> PostFromAsync(this HttpClient reader, string url, IEnumerable<KeyValuePair<string, string>> fields, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", origin);
        return reader.SendAsync(request);
    }

    public static void AssertSentToResults(HttpResponseMessage response, int pollId)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/tham-do/{pollId}/ket-qua", response.Headers.Location!.OriginalString);
    }
}
