using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;
using TuyenGiao.Data;

namespace TuyenGiao.Documents;

public static class DocumentServices
{
    /// <summary>The document library ("Văn bản"): as readers find it and as the newsroom fills it.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddValidatedOptions<DocumentOptions>(DocumentOptions.Section);
        services.AddSingleton(provider => new DocumentStorage(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.DocumentsFolderIn(provider.GetRequiredService<IHostEnvironment>().ContentRootPath),
            provider.GetRequiredService<IOptions<DocumentOptions>>().Value.MaxFileMegabytes * 1024L * 1024,
            provider.GetRequiredService<IOptions<DocumentOptions>>().Value.MaxImportMegabytes * 1024L * 1024));
        services.AddScoped<PublishedDocuments>();
        services.AddScoped<NewsroomDocuments>();
        services.AddScoped<DocumentEditing>();
        services.AddScoped<DocumentLabels>();
        services.AddScoped<DocumentFileUploads>();
        services.AddScoped<DocumentImport>();
        return services;
    }
}
