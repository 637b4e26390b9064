using System.Text.RegularExpressions;
using System.Web;

namespace TuyenGiao.Videos;

/// <summary>Reads the video id out of the addresses people copy from YouTube; any other site is refused.</summary>
public static partial class YouTubeAddress
{
    public const string Refused =
        "Chỉ nhận địa chỉ video YouTube, ví dụ https://www.youtube.com/watch?v=… hoặc https://youtu.be/…";

    /// <summary>The 11-character id, or null when the address is not a YouTube video's.</summary>
    public static string? IdOf(string address)
    {
        var text = address.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.Trim('/').Split('/');
        var candidate = host switch
        {
            "youtu.be" => path[0],
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "music.youtube.com" or "www.youtube-nocookie.com" or "youtube-nocookie.com" =>
                path[0] == "watch" ? HttpUtility.ParseQueryString(uri.Query)["v"]
                : path.Length >= 2 && path[0] is "embed" or "shorts" or "live" or "v" ? path[1]
                : null,
            _ => null,
        };
        return candidate is not null && Id().IsMatch(candidate) ? candidate : null;
    }

    public static string WatchUrl(string id) => $"https://www.youtube.com/watch?v={id}";

    /// <summary>The privacy-enhanced player, which sets no cookie until the reader plays the video.</summary>
    public static string EmbedUrl(string id) => $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1&rel=0";

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex Id();
}
