using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Captcha;
using TuyenGiao.Configuration;

namespace TuyenGiao.Feedback;

public static class FeedbackServices
{
    /// <summary>Citizens' messages: the captcha, the intake that checks and stores them, the inbox and published answers.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddValidatedOptions<FeedbackOptions>(FeedbackOptions.Section);
        services.AddScoped<ICaptchaStore, DatabaseCaptchaStore>();
        services.AddScoped<Captchas>();
        services.AddSingleton<CaptchaAnswers>();
        services.AddScoped<CaptchaQuestionPool>();
        services.AddScoped<FeedbackIntake>();
        services.AddScoped<FeedbackInbox>();
        services.AddScoped<PublishedAnswers>();
        return services;
    }
}
