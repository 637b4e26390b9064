namespace TuyenGiao.Accounts;

/// <summary>Every page of the Admin area names one of these; a test fails for a page that names none.</summary>
public static class Policies
{
    /// <summary>Editors and admins.</summary>
    public const string Newsroom = "Newsroom";

    /// <summary>Admins only.</summary>
    public const string SiteAdmin = "SiteAdmin";
}
