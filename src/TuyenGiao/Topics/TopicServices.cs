using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Topics;

public static class TopicServices
{
    /// <summary>Special topics ("Chuyên đề") and the articles ticked into them.</summary>
    public static IServiceCollection AddSpecialTopics(this IServiceCollection services) => services
        .AddScoped<TopicEditing>()
        .AddScoped<PublishedTopics>();
}
