namespace TuyenGiao.Backup;

/// <summary>
/// What an archive holds, written into it as <c>manifest.json</c>: when it was made, how many of each
/// thing the database had then, and every file with its size and SHA-256, so a restore can prove the
/// archive arrived whole before it writes anything.
/// </summary>
public sealed record BackupManifest(
    int FormatVersion, DateTime CreatedAtUtc, int Articles, int FeedbackMessages, int Images, IReadOnlyList<BackupFile> Files)
{
    public const string EntryName = "manifest.json";
    public const int CurrentFormat = 1;
}

/// <param name="Path">Inside the archive: <c>tuyengiao.db</c>, <c>media/…</c> or <c>keys/…</c>.</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">Its SHA-256, in lower-case hex.</param>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
