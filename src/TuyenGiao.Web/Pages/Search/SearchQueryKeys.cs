namespace TuyenGiao.Web.Pages.Search;

/// <summary>The search page's query keys, as readers' links and the search forms spell them.</summary>
public static class SearchQueryKeys
{
    public const string Text = "q";
    public const string Category = "chuyen-muc";
    public const string From = "tu-ngay";
    public const string To = "den-ngay";
}
