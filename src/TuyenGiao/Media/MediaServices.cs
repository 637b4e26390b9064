using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;
using TuyenGiao.Data;

namespace TuyenGiao.Media;

public static class MediaServices
{
    /// <summary>Uploaded images and videos: where they are kept, how large one may be, and the pipeline that takes them in.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddValidatedOptions<MediaOptions>(MediaOptions.Section);
        services.AddSingleton(provider =>
        {
            var media = provider.GetRequiredService<IOptions<MediaOptions>>().Value;
            return new MediaStorage(
                provider.GetRequiredService<IOptions<StorageOptions>>().Value.MediaFolderIn(provider.GetRequiredService<IHostEnvironment>().ContentRootPath),
                media.MaxUploadMegabytes * 1024L * 1024,
                media.MaxVideoMegabytes * 1024L * 1024);
        });
        services.AddScoped<ImageUploads>();
        services.AddScoped<MediaFiles>();
        return services;
    }
}
