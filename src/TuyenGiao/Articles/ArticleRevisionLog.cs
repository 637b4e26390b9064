using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Articles;

/// <summary>Adds the revision a write to an article leaves behind: the editor's saves and the review's steps alike.</summary>
internal static class ArticleRevisionLog
{
    public static void Add(PortalDbContext db, Article article, Actor actor, string changes, DateTime savedAt,
        ArticleStatus? status = null, ArticleContent? content = null) =>
        db.ArticleRevisions.Add(new ArticleRevision
        {
            ArticleId = article.Id,
            SavedAt = savedAt,
            SavedById = actor.UserId,
            SavedByName = actor.Name,
            Status = status ?? article.Status,
            Changes = changes.Length > 500 ? changes[..500] : changes,
            ContentJson = ArticleRevision.Serialize(content ?? ArticleContent.Of(article)),
        });

    /// <summary>"Tiêu đề, Nội dung; Bản nháp → Chờ duyệt", or "Lưu, không thay đổi".</summary>
    public static string Describe(IReadOnlyList<string> changedFields, ArticleStatus before, ArticleStatus after)
    {
        var parts = new List<string>();
        if (changedFields.Count > 0)
        {
            parts.Add(string.Join(", ", changedFields));
        }
        if (before != after)
        {
            parts.Add($"{ArticleStatusNames.Of(before)} → {ArticleStatusNames.Of(after)}");
        }
        return parts.Count > 0 ? string.Join("; ", parts) : "Lưu, không thay đổi";
    }
}
