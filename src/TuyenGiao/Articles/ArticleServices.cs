using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TuyenGiao.Configuration;
using TuyenGiao.Content;

namespace TuyenGiao.Articles;

public static class ArticleServices
{
    /// <summary>Articles as readers see them and as the newsroom writes, previews and schedules them.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.TryAddSingleton<MarkdownRenderer>();
        services.AddScoped<PublishedArticles>();
        services.AddScoped<NewsroomArticles>();
        services.AddScoped<ArticleAccess>();
        services.AddScoped<ArticleEditing>();
        services.AddScoped<ArticleReview>();
        services.AddScoped<ArticleAutosaves>();
        services.AddScoped<EditorialCalendar>();
        services.AddSingleton<ArticlePreview>();
        services.AddValidatedOptions<PublishingOptions>(PublishingOptions.Section);
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublisher>());
        return services;
    }
}
