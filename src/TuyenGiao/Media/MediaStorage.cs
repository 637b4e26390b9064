namespace TuyenGiao.Media;

/// <summary>Where uploads are kept (outside the code, served at <c>/media</c>) and how large an image and a video may be.</summary>
public sealed record MediaStorage(string Folder, long MaxBytes, long MaxVideoBytes)
{
    /// <summary>Decoding a 10 MB file of a huge blank picture could take gigabytes; refuse those first.</summary>
    public const long MaxPixels = 50_000_000;

    public const string UrlPrefix = "/media/";

    /// <summary>The file behind a <c>/media/…</c> URL; null for any other address, or one that would leave the folder.</summary>
    public string? PathOf(string url)
    {
        if (!url.StartsWith(UrlPrefix, StringComparison.Ordinal) || url.Contains("..", StringComparison.Ordinal) || url.Contains('\\'))
        {
            return null;
        }
        return Path.Combine(Folder, url[UrlPrefix.Length..].Replace('/', Path.DirectorySeparatorChar));
    }
}
