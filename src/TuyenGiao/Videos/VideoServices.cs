using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Videos;

public static class VideoServices
{
    /// <summary>Documentary videos as readers see them and as the newsroom makes them.</summary>
    public static IServiceCollection AddVideos(this IServiceCollection services)
    {
        services.AddScoped<PublishedVideos>();
        services.AddScoped<NewsroomVideos>();
        services.AddScoped<VideoEditing>();
        services.AddScoped<VideoFileUploads>();
        return services;
    }
}
