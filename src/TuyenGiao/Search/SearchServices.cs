using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Search;

public static class SearchServices
{
    /// <summary>Search without tones over published articles.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) => services
        .AddScoped<ArticleSearch>()
        .AddScoped<MediaSearch>()
        .AddScoped<SearchFilterBuilder>();
}
