using TuyenGiao.Feedback;

namespace TuyenGiao.Web.Feedback;

public static class FeedbackForms
{
    /// <summary>The feedback domain; the limits in front of its forms and captcha are the readers' forms' (<see cref="Hosting.ReaderFormLimits"/>).</summary>
    public static IServiceCollection AddFeedbackForms(this IServiceCollection services) => services.AddFeedback();
}
