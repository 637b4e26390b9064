namespace TuyenGiao.Articles;

public static class ArticleStatusNames
{
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Scheduled => "Hẹn giờ đăng",
        ArticleStatus.Unpublished => "Đã gỡ",
        _ => status.ToString(),
    };
}
