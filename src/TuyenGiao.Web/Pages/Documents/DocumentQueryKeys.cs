namespace TuyenGiao.Web.Pages.Documents;

/// <summary>The query keys of <c>/van-ban</c>'s filters, in the reader's language; the words themselves use the search's <c>q</c>.</summary>
public static class DocumentQueryKeys
{
    public const string Type = "loai";
    public const string Issuer = "co-quan";
    public const string Field = "linh-vuc";
    public const string Year = "nam";
    public const string Status = "tinh-trang";
}
