namespace TuyenGiao.Media;

/// <summary>Where uploads are kept (outside the code, served at <c>/media</c>) and how large one may be.</summary>
public sealed record MediaStorage(string Folder, long MaxBytes)
{
    /// <summary>Decoding a 10 MB file of a huge blank picture could take gigabytes; refuse those first.</summary>
    public const long MaxPixels = 50_000_000;
}
