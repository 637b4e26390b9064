using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy. The rate limiter and the count of
/// cookie-less visitors need the reader's own address, so the proxy's X-Forwarded-For is believed, but
/// only from the networks listed in <c>ReverseProxy:KnownNetworks</c> (comma-separated CIDR ranges).
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services)
    {
        services.AddValidatedOptions<ReverseProxyOptions>(ReverseProxyOptions.Section);
        return services;
    }

    public static void UseReaderAddressFromProxy(this WebApplication app)
    {
        var networks = app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.Networks();
        if (networks.Count == 0)
        {
            return;
        }
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(network);
        }
        app.UseForwardedHeaders(options);
    }
}
