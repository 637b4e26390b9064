using System.Net;

namespace TuyenGiao.Tests.Support;

/// <summary>
/// One browser's cookie jar for clients of several app instances: what one instance sets, the next
/// request to another carries, as when a reverse proxy sends a reader's requests to either.
/// </summary>
public sealed class SharedCookies(CookieContainer jar) : DelegatingHandler
{
    private static readonly Uri Site = new("http://localhost/");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var cookies = jar.GetCookieHeader(Site);
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                jar.SetCookies(Site, setCookie);
            }
        }
        return response;
    }
}
