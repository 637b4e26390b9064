namespace TuyenGiao.Settings;

/// <summary>What the board says about itself in the header and footer. One row.</summary>
public class SiteSettings
{
    public int Id { get; set; }
    public required string SiteName { get; set; }
    public required string BoardName { get; set; }
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string FooterText { get; set; } = "";
}
