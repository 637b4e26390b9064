using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Configuration;

namespace TuyenGiao.Contests;

public static class ContestServices
{
    /// <summary>Contests: the committee's side, taking part, grading, rankings and turnout.</summary>
    public static IServiceCollection AddContests(this IServiceCollection services)
    {
        services.AddValidatedOptions<ContestOptions>(ContestOptions.Section);
        return services
            .AddSingleton<ContestPersonalKeys>()
            .AddScoped<ContestEditing>()
            .AddScoped<QuestionBank>()
            .AddScoped<QuestionImport>()
            .AddScoped<ContestUnits>()
            .AddScoped<PublishedContests>()
            .AddScoped<ContestEntry>()
            .AddScoped<AttemptGrading>()
            .AddScoped<ContestRanking>()
            .AddScoped<ContestStatistics>()
            .AddScoped<ContestExport>();
    }
}
