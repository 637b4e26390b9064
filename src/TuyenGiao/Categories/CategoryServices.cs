using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Categories;

public static class CategoryServices
{
    /// <summary>The menu and category pages readers see, and the admins' changes to them.</summary>
    public static IServiceCollection AddCategories(this IServiceCollection services) => services
        .AddScoped<SiteCategories>()
        .AddScoped<CategoryManagement>();
}
