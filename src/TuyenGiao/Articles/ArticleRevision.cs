using System.Text.Json;

namespace TuyenGiao.Articles;

/// <summary>
/// An article as one save left it: who saved, when, what changed, and the whole content, so an
/// editor can read any earlier version and bring it back.
/// </summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime SavedAt { get; set; }
    public string? SavedById { get; set; }
    public required string SavedByName { get; set; }
    public ArticleStatus Status { get; set; }

    /// <summary>"Tạo bài viết", "Tiêu đề, Nội dung; Xuất bản"… — read in the history list.</summary>
    public required string Changes { get; set; }

    /// <summary>The <see cref="ArticleContent"/> as JSON: a revision is read and restored whole, never queried by field.</summary>
    public required string ContentJson { get; set; }

    public ArticleContent ReadContent() => JsonSerializer.Deserialize<ArticleContent>(ContentJson)
        ?? throw new InvalidOperationException($"Revision {Id} holds no content.");

    public static string Serialize(ArticleContent content) => JsonSerializer.Serialize(content);
}
