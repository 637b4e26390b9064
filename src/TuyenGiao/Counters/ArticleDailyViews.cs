namespace TuyenGiao.Counters;

/// <summary>Views of one article on one day (Vietnam time): what "most read this week" sums.</summary>
public class ArticleDailyViews
{
    public int ArticleId { get; set; }
    public DateOnly Day { get; set; }
    public long Views { get; set; }
}
