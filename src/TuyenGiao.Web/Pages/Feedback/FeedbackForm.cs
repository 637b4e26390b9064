using TuyenGiao.Feedback;

namespace TuyenGiao.Web.Pages.Feedback;

/// <summary>
/// The form's fields as typed. All optional to the binder: the rules and their Vietnamese messages live
/// in <see cref="FeedbackIntake"/>, so a missing field is reported there, beside the others.
/// </summary>
public sealed class FeedbackForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    public string? Website { get; set; }

    public string? CaptchaAnswer { get; set; }

    public FeedbackSubmission ToSubmission(int? articleId, string? challengeId) =>
        new(articleId, Name, Email, Subject, Body, Website, challengeId, CaptchaAnswer);
}

/// <summary>
/// What the form partial needs: the typed fields, where it posts, and the text question when the reader
/// asked for one instead of the image.
/// </summary>
public sealed record FeedbackFormView(FeedbackForm Form, int? ArticleId, string? TextQuestion = null, bool LazyImage = false)
;
