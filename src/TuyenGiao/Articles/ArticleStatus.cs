namespace TuyenGiao.Articles;

public enum ArticleStatus
{
    Draft = 0,
    Published = 1,
    Scheduled = 2,
    Unpublished = 3,
}
