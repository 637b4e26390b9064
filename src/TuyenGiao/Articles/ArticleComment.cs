namespace TuyenGiao.Articles;

/// <summary>What a line of an article's review thread records.</summary>
public enum CommentKind
{
    Comment,
    Submitted,
    Returned,
    Approved,
}

/// <summary>A line of the review thread under an article in the newsroom: who, when, and what they said.</summary>
public class ArticleComment
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime WrittenAt { get; set; }
    public string? WrittenById { get; set; }
    public required string WrittenByName { get; set; }
    public CommentKind Kind { get; set; }

    /// <summary>Plain text, shown as typed (encoded, never rendered as Markdown or HTML).</summary>
    public string Text { get; set; } = "";

    public const int MaxLength = 4000;

    public static string KindName(CommentKind kind) => kind switch
    {
        CommentKind.Submitted => "Gửi duyệt",
        CommentKind.Returned => "Trả lại",
        CommentKind.Approved => "Duyệt",
        _ => "Ý kiến",
    };
}
