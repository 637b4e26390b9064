using System.Text.Json;

namespace TuyenGiao.Articles;

/// <summary>
/// A change to a published (or scheduled) article made by someone who may not publish: kept aside until
/// an editor approves it, so readers keep seeing the approved version word for word. One per article.
/// </summary>
public class ArticlePendingEdit
{
    public int ArticleId { get; set; }

    /// <summary>The proposed <see cref="ArticleContent"/>, as JSON (like a revision's).</summary>
    public required string ContentJson { get; set; }

    public string? SubmittedById { get; set; }
    public required string SubmittedByName { get; set; }
    public DateTime SubmittedAt { get; set; }

    /// <summary>An editor sent it back with a comment; its writer may change it and send it again.</summary>
    public bool IsReturned { get; set; }

    public ArticleContent ReadContent() => JsonSerializer.Deserialize<ArticleContent>(ContentJson)
        ?? throw new InvalidOperationException($"The pending edit of article {ArticleId} holds no content.");
}
