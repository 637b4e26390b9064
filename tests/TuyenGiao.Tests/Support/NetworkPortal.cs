using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;

namespace TuyenGiao.Tests.Support;

/// <summary>
/// The app on a real Kestrel port of 127.0.0.1: for what only a real server does, such as its request
/// size limits, a body arriving over a socket, and answering before a body has all arrived.
/// </summary>
public class NetworkPortal : PortalFactory
{
    public NetworkPortal() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>An editor signed in over the socket, keeping cookies and not following redirects.</summary>
    public async Task<HttpClient> EditorOverTheNetworkAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromMinutes(5),
        };
        using var signedIn = await client.SignInAsync(await this.CreateAccountAsync(Roles.Editor));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }
}
