namespace TuyenGiao.Articles;

public static class ArticleStatusNames
{
    /// <summary>The order an article goes through them: the newsroom list's tabs.</summary>
    public static IReadOnlyList<ArticleStatus> InWorkflowOrder { get; } =
        [ArticleStatus.Draft, ArticleStatus.Pending, ArticleStatus.Returned, ArticleStatus.Scheduled, ArticleStatus.Published, ArticleStatus.Unpublished];

    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.Pending => "Chờ duyệt",
        ArticleStatus.Returned => "Trả lại",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Scheduled => "Hẹn giờ đăng",
        ArticleStatus.Unpublished => "Đã gỡ",
        _ => status.ToString(),
    };
}
