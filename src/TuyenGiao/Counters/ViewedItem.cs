namespace TuyenGiao.Counters;

/// <summary>The kinds of page whose readers are counted one by one ("Lượt xem").</summary>
public enum ViewedKind
{
    Article,
    Album,
    Video,
}

/// <summary>One article, album or video: what a view is a view of.</summary>
public readonly record struct ViewedItem(ViewedKind Kind, int Id)
{
    public static ViewedItem Article(int id) => new(ViewedKind.Article, id);

    public static ViewedItem Album(int id) => new(ViewedKind.Album, id);

    public static ViewedItem Video(int id) => new(ViewedKind.Video, id);
}
