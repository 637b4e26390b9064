using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Albums;

public static class AlbumServices
{
    /// <summary>Photo albums as readers see them and as the newsroom makes them.</summary>
    public static IServiceCollection AddAlbums(this IServiceCollection services)
    {
        services.AddScoped<PublishedAlbums>();
        services.AddScoped<NewsroomAlbums>();
        services.AddScoped<AlbumEditing>();
        return services;
    }
}
