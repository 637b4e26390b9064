using TuyenGiao.Validation;

namespace TuyenGiao.Articles;

/// <summary>What happens to an article's status when an editor saves it.</summary>
public enum PublishChoice
{
    /// <summary>Save the text and leave the status as it is (a new article starts as a draft).</summary>
    Keep,
    Publish,
    Schedule,
    Unpublish,

    /// <summary>Send for review (Chờ duyệt); a published article's change waits beside it instead.</summary>
    Submit,
}

/// <summary>One press of a save button: the form's content, the version it was opened at, and what to do.</summary>
public sealed record ArticleSave(ArticleContent Content, int Version, PublishChoice Choice, DateTime? ScheduleAtUtc = null)
{
    /// <summary>The field a message about the scheduled time is about.</summary>
    public const string ScheduleAt = nameof(ScheduleAt);
}

public enum SaveOutcome
{
    Saved,
    Invalid,

    /// <summary>Somebody saved the article after this editor opened it; nothing was written.</summary>
    Conflict,
    NotFound,

    /// <summary>The account may not do this to this article (another's work, another category, publishing without the right).</summary>
    Forbidden,
}

/// <summary>
/// The outcome of a save. <see cref="Errors"/> names the <see cref="ArticleContent"/> property (or
/// <see cref="ArticleSave.ScheduleAt"/>) each message is about, so the form can show it beside its field.
/// </summary>
public sealed record SaveResult(SaveOutcome Outcome, Article? Article, FieldErrors Errors)
{
    public static SaveResult Invalid(FieldErrors errors) => new(SaveOutcome.Invalid, null, errors);

    public static SaveResult NotFound { get; } = new(SaveOutcome.NotFound, null, FieldErrors.None);

    public static SaveResult Forbidden { get; } = new(SaveOutcome.Forbidden, null, FieldErrors.None);

    /// <summary>A contributor's change to a published article was kept aside for review; the article itself is unchanged.</summary>
    public bool WaitsForReview { get; init; }
}
