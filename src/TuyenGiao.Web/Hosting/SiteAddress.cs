using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;

namespace TuyenGiao.Web.Hosting;

public static class SiteAddress
{
    /// <summary>
    /// The public address (<c>Site:PublicUrl</c>), and what follows from it in Production: only its host
    /// (and the machine's own names, for health checks) is served, and browsers are told to keep to HTTPS.
    /// </summary>
    public static IServiceCollection AddSiteAddress(this IServiceCollection services)
    {
        services.AddValidatedOptions<SiteOptions>(SiteOptions.Section);
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<SiteOptions>, IHostEnvironment>((options, site, environment) =>
        {
            if (environment.IsProduction() && site.Value.PublicUri is { } publicUri)
            {
                options.AllowedHosts = [publicUri.Host, "localhost", "127.0.0.1", "[::1]"];
            }
        });
        services.AddOptions<HstsOptions>().Configure<IOptions<SiteOptions>>((options, site) =>
        {
            options.MaxAge = TimeSpan.FromDays(site.Value.HstsDays);
            options.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>HSTS in Production only (a developer's http://localhost must stay reachable), unless set to 0 days.</summary>
    public static void UseStrictTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsProduction() && app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.HstsDays > 0)
        {
            app.UseHsts();
        }
    }
}
