using TuyenGiao.Content;

namespace TuyenGiao.HomePage;

/// <summary>What a block of the home page shows.</summary>
public enum HomeBlockKind
{
    /// <summary>"Tiêu điểm": the featured articles.</summary>
    Featured,

    /// <summary>One section per top-level category of the menu, each with its latest articles.</summary>
    MenuCategories,

    /// <summary>The latest of one chosen category.</summary>
    Category,

    /// <summary>One special topic, or (with no topic chosen) every topic running at the moment.</summary>
    SpecialTopics,

    /// <summary>"Thư viện ảnh": the latest albums.</summary>
    Albums,

    /// <summary>"Phim tư liệu": the latest films.</summary>
    Videos,

    /// <summary>Each document series' newest issue ("Tài liệu sinh hoạt chi bộ").</summary>
    DocumentSeries,

    /// <summary>"Liên kết website".</summary>
    Links,

    /// <summary>The banners of the slot between the home page's blocks.</summary>
    Banners,

    /// <summary>"Thống kê truy cập".</summary>
    VisitStatistics,

    /// <summary>"Thăm dò ý kiến": the newest poll open at the moment.</summary>
    Poll,

    /// <summary>"Thi trắc nghiệm": the contests with a round open at the moment, and a way in.</summary>
    Contest,
}

/// <summary>One block of the home page, in the order an admin sets; a hidden block stays in the list to be shown again.</summary>
public class HomeBlock : IOrderedRow
{
    public int Id { get; set; }
    public HomeBlockKind Kind { get; set; }

    /// <summary>For <see cref="HomeBlockKind.Category"/>.</summary>
    public int? CategoryId { get; set; }

    /// <summary>For <see cref="HomeBlockKind.SpecialTopics"/>: one topic; null for every running one.</summary>
    public int? TopicId { get; set; }

    public int Order { get; set; }
    public bool IsVisible { get; set; } = true;
}

public static class HomeBlockNames
{
    public static string Of(HomeBlockKind kind) => kind switch
    {
        HomeBlockKind.Featured => "Tiêu điểm",
        HomeBlockKind.MenuCategories => "Tin mới của các chuyên mục trên menu",
        HomeBlockKind.Category => "Tin mới của một chuyên mục",
        HomeBlockKind.SpecialTopics => "Chuyên đề",
        HomeBlockKind.Albums => "Thư viện ảnh",
        HomeBlockKind.Videos => "Phim tư liệu",
        HomeBlockKind.DocumentSeries => "Ấn phẩm văn bản (số mới nhất)",
        HomeBlockKind.Links => "Liên kết website",
        HomeBlockKind.Banners => "Banner giữa trang chủ",
        HomeBlockKind.VisitStatistics => "Thống kê truy cập",
        HomeBlockKind.Poll => "Thăm dò ý kiến",
        HomeBlockKind.Contest => "Cuộc thi đang diễn ra",
        _ => kind.ToString(),
    };
}
