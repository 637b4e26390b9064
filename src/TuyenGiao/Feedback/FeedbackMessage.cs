using TuyenGiao.Articles;
using TuyenGiao.Text;

namespace TuyenGiao.Feedback;

/// <summary>A citizen's message: feedback on an article, or (with no article) sent from the contact page.</summary>
public sealed class FeedbackMessage
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 200;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 4000;
    public const int NoteMaxLength = 2000;
    public const int ReplyMaxLength = 4000;

    public int Id { get; set; }
    public int? ArticleId { get; set; }
    public Article? Article { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
    public FeedbackStatus Status { get; set; } = FeedbackStatus.New;

    /// <summary>For the newsroom only; never shown to the public.</summary>
    public string? Note { get; set; }

    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
    public string? RepliedByName { get; set; }

    /// <summary>The editor chose to show question and reply under the article, in "Hỏi – Đáp".</summary>
    public bool ReplyPublished { get; set; }

    /// <summary>Name, email, subject and body folded (see <c>VietnameseText.Fold</c>), for the inbox's search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Folds what the inbox's search reads (name, email, subject, message) into <see cref="SearchText"/>.</summary>
    public void FoldForSearch() => SearchText = VietnameseText.Fold($"{Name}\n{Email}\n{Subject}\n{Body}");
}
