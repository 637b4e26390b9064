namespace TuyenGiao.Web.Areas.Admin.Pages;

/// <summary>The model of the status tabs: the chosen tab, and the list's URL for each.</summary>
public sealed record PublicationTabsView(PublicationFilter? Current, Func<PublicationFilter?, string> UrlWith);
