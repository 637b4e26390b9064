using TuyenGiao.Feedback;

namespace TuyenGiao.Web.Feedback;

public static class FeedbackForms
{
    /// <summary>The feedback domain, and the limits in front of its forms and captcha.</summary>
    public static IServiceCollection AddFeedbackForms(this IServiceCollection services) => services
        .AddFeedback()
        .AddSingleton<FeedbackRateLimits>();
}
