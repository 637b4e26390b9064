using System.Globalization;
using System.Text.RegularExpressions;

namespace TuyenGiao.Content;

/// <summary>
/// The widths an uploaded image is stored at, and the <c>srcset</c> that lets a phone fetch the narrow
/// copy. An upload's URL names its widest copy (<c>…-1600.jpg</c>); the narrower ones are every width of
/// <see cref="Widths"/> below it, so a URL alone says which copies exist.
/// </summary>
public static partial class ResponsiveImages
{
    public static IReadOnlyList<int> Widths { get; } = [480, 960, 1600];

    /// <summary>The layout's widest column for an image; a phone shows it across the screen.</summary>
    public const string Sizes = "(min-width: 800px) 760px, 100vw";

    /// <summary>The widths to store for an original of the given width: never wider than the original.</summary>
    public static IReadOnlyList<int> WidthsFor(int originalWidth)
    {
        var widest = Math.Min(originalWidth, Widths[^1]);
        return [.. Widths.Where(w => w < widest), widest];
    }

    public static string UrlOf(string stem, int width, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{stem}-{width}.{extension}");

    /// <summary>The <c>srcset</c> for an uploaded image's URL; null for any other image.</summary>
    public static string? SrcSet(string? url)
    {
        if (url is null || MediaUrl().Match(url) is not { Success: true } match)
        {
            return null;
        }
        var stem = match.Groups["stem"].Value;
        var extension = match.Groups["ext"].Value;
        var widest = int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture);
        return string.Join(", ", WidthsFor(widest).Select(w => string.Create(CultureInfo.InvariantCulture, $"{UrlOf(stem, w, extension)} {w}w")));
    }

    /// <summary>The narrowest stored copy of an uploaded image (a thumbnail); the URL itself for any other image.</summary>
    public static string Narrowest(string url) =>
        MediaUrl().Match(url) is { Success: true } match
            ? UrlOf(match.Groups["stem"].Value, WidthsFor(int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture))[0], match.Groups["ext"].Value)
            : url;

    /// <summary>Every file stored for an uploaded image's URL: each width, and the WebP twins beside them.</summary>
    public static IReadOnlyList<string> StoredCopies(string url)
    {
        if (MediaUrl().Match(url) is not { Success: true } match)
        {
            return [];
        }
        var stem = match.Groups["stem"].Value;
        var widest = int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture);
        return [.. WidthsFor(widest).SelectMany(w => new[] { UrlOf(stem, w, match.Groups["ext"].Value), UrlOf(stem, w, "webp") }).Distinct()];
    }

    [GeneratedRegex(@"^(?<stem>/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32})-(?<width>[0-9]{1,4})\.(?<ext>jpg|png|webp)$")]
    private static partial Regex MediaUrl();
}
