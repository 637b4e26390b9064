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

    /// <summary>"Chịu trách nhiệm nội dung": the person a licensed portal must name in its footer.</summary>
    public string ResponsiblePerson { get; set; } = "";

    /// <summary>"Giấy phép số …": the licence the portal runs under, as the footer prints it.</summary>
    public string LicenceNumber { get; set; } = "";
}
