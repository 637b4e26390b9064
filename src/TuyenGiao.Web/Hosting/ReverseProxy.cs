using Microsoft.AspNetCore.HttpOverrides;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy. The rate limiter and the count of
/// cookie-less visitors need the reader's own address, so the proxy's X-Forwarded-For is believed, but
/// only from the networks listed in <c>ReverseProxy:KnownNetworks</c> (comma-separated CIDR ranges).
/// </summary>
public static class ReverseProxy
{
    public static void UseReaderAddressFromProxy(this WebApplication app)
    {
        var networks = app.Configuration["ReverseProxy:KnownNetworks"]?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (networks.Length == 0)
        {
            return;
        }
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        app.UseForwardedHeaders(options);
    }
}
