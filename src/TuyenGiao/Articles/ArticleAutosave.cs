namespace TuyenGiao.Articles;

/// <summary>
/// What a writer had typed a few seconds ago, kept on the server while the writing desk is open: not a
/// revision and not seen by anyone else, only offered back to the same writer when the article opens with
/// other text (after a closed tab, a crash, another device or an expired sign-in). One per writer and article.
/// </summary>
public class ArticleAutosave
{
    public const int TitleMaxLength = 1000;
    public const int SapoMaxLength = 4000;

    /// <summary>Stands for the article a writer has started and not yet saved.</summary>
    public const int NewArticle = 0;

    public required string UserId { get; set; }

    /// <summary>The article's id, or <see cref="NewArticle"/>.</summary>
    public int ArticleId { get; set; }

    public required string Title { get; set; }
    public required string Sapo { get; set; }
    public required string BodyMarkdown { get; set; }
    public DateTime SavedAt { get; set; }
}
