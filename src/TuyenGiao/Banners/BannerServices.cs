using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Banners;

public static class BannerServices
{
    /// <summary>Banners, their slots and days, and where a click leads.</summary>
    public static IServiceCollection AddBanners(this IServiceCollection services) => services
        .AddScoped<BannerEditing>()
        .AddScoped<ShownBanners>();
}
