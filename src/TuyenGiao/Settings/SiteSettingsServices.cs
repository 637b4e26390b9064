using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Settings;

public static class SiteSettingsServices
{
    /// <summary>The site's name, address and footer, which admins edit and every page shows.</summary>
    public static IServiceCollection AddSiteSettings(this IServiceCollection services) => services
        .AddScoped<SiteSettingsReader>()
        .AddScoped<SiteSettingsEditor>();
}
