using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Links;

public static class LinkServices
{
    /// <summary>The links block ("Liên kết website").</summary>
    public static IServiceCollection AddWebsiteLinks(this IServiceCollection services) => services.AddScoped<WebsiteLinks>();
}
