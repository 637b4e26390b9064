namespace TuyenGiao.Banners;

/// <summary>Where on the portal a banner shows.</summary>
public enum BannerSlot
{
    /// <summary>Under the header, on every page.</summary>
    Header,

    /// <summary>Beside an article, and on the home page's side.</summary>
    Sidebar,

    /// <summary>Between the home page's blocks, where an admin puts a "banner" block.</summary>
    HomeSections,

    /// <summary>"Các đơn vị tài trợ website": the sponsors' row above the footer.</summary>
    Sponsors,
}

public static class BannerSlotNames
{
    public static string Of(BannerSlot slot) => slot switch
    {
        BannerSlot.Header => "Đầu trang",
        BannerSlot.Sidebar => "Cột bên",
        BannerSlot.HomeSections => "Giữa các khối trang chủ",
        BannerSlot.Sponsors => "Hàng nhà tài trợ",
        _ => slot.ToString(),
    };
}
