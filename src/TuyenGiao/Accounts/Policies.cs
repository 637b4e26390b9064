namespace TuyenGiao.Accounts;

/// <summary>Every page of the Admin area names one of these; a test fails for a page that names none.</summary>
public static class Policies
{
    /// <summary>
    /// Any newsroom account: contributors, editors (limited to some categories or not) and admins. The pages
    /// under it (articles, images, the review queue, one's own account) check the article and category themselves.
    /// </summary>
    public const string Writing = "Writing";

    /// <summary>Editors who work on the whole site, and admins: the sections that belong to no category.</summary>
    public const string Newsroom = "Newsroom";

    /// <summary>Admins only.</summary>
    public const string SiteAdmin = "SiteAdmin";
}
