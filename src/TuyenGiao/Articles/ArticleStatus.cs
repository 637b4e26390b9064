namespace TuyenGiao.Articles;

public enum ArticleStatus
{
    Draft = 0,
    Published = 1,
    Scheduled = 2,
    Unpublished = 3,

    /// <summary>Chờ duyệt: sent for review; only an editor of its category can approve or return it.</summary>
    Pending = 4,

    /// <summary>Trả lại: an editor sent it back to its writer with a comment.</summary>
    Returned = 5,
}
