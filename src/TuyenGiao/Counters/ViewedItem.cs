namespace TuyenGiao.Counters;

/// <summary>The kinds of page whose readers are counted one by one ("Lượt xem").</summary>
public enum ViewedKind
{
    Article,
    Album,
    Video,
    Document,

    /// <summary>A download of a document's file: the id is the file's.</summary>
    DocumentDownload,

    /// <summary>A click on a banner, counted once per reader per day rather than per half hour.</summary>
    BannerClick,
}

/// <summary>One article, album, video or document, or a document's file: what a view (or a download) is of.</summary>
public readonly record struct ViewedItem(ViewedKind Kind, int Id)
{
    public static ViewedItem Article(int id) => new(ViewedKind.Article, id);

    public static ViewedItem Album(int id) => new(ViewedKind.Album, id);

    public static ViewedItem Video(int id) => new(ViewedKind.Video, id);

    public static ViewedItem Document(int id) => new(ViewedKind.Document, id);

    public static ViewedItem DocumentDownload(int fileId) => new(ViewedKind.DocumentDownload, fileId);

    public static ViewedItem BannerClick(int bannerId) => new(ViewedKind.BannerClick, bannerId);
}
