namespace TuyenGiao.Web.Areas.Admin.Pages;

/// <summary>The status tabs of the album and video lists: drafts, or what readers can see.</summary>
public enum PublicationFilter
{
    Draft,
    Published,
}

public static class PublicationFilters
{
    public static bool? IsPublished(this PublicationFilter? filter) => filter switch
    {
        PublicationFilter.Published => true,
        PublicationFilter.Draft => false,
        _ => null,
    };

    public static string NameOf(PublicationFilter? filter) => filter switch
    {
        PublicationFilter.Published => "Đã xuất bản",
        PublicationFilter.Draft => "Nháp",
        _ => "Tất cả",
    };
}
