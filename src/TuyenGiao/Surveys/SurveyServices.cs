using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Configuration;

namespace TuyenGiao.Surveys;

public static class SurveyServices
{
    /// <summary>Surveys, the readers' responses, and what the committee reads of them.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddValidatedOptions<SurveyOptions>(SurveyOptions.Section);
        return services
            .AddScoped<SurveyEditing>()
            .AddScoped<SurveyResponses>()
            .AddScoped<PublishedSurveys>()
            .AddScoped<SurveySummary>()
            .AddScoped<SurveyExport>();
    }
}
