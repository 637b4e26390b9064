using TuyenGiao.Content;

namespace TuyenGiao.Links;

/// <summary>One entry of "Liên kết website": a site around the board's (the Party's newspaper, the province's portal…).</summary>
public class WebsiteLink : IOrderedRow
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Absolute <c>http</c>/<c>https</c> only (<see cref="WebAddress"/>).</summary>
    public required string Url { get; set; }

    /// <summary>An image of the media library, shown instead of the name on a desktop; none shows the name.</summary>
    public string? LogoUrl { get; set; }

    public int Order { get; set; }
}
