using TuyenGiao.Banners;

namespace TuyenGiao.Web.Pages.Shared;

/// <summary>The banners of one slot as a page shows them; only the header's load at once, the others when scrolled to.</summary>
public sealed record BannerRow(IReadOnlyList<BannerCard> Banners, string CssClass, bool Lazy)
{
    public const string Header = "banners-header";
    public const string Sidebar = "banners-sidebar";
    public const string Home = "banners-home";
    public const string Sponsors = "banners-sponsors";
}
