using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Introduction;

public static class IntroductionServices
{
    /// <summary>The introduction pages (in Vietnamese and English) and the board's leaders.</summary>
    public static IServiceCollection AddIntroduction(this IServiceCollection services) => services
        .AddScoped<IntroPageEditing>()
        .AddScoped<PublishedIntroPages>()
        .AddScoped<NewsroomIntroPages>()
        .AddScoped<LeaderEditing>();
}
