using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.HomePage;

public static class HomePageServices
{
    /// <summary>The home page's blocks, as admins arrange them.</summary>
    public static IServiceCollection AddHomeLayout(this IServiceCollection services) => services.AddScoped<HomeLayout>();
}
