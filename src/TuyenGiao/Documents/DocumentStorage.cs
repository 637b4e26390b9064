namespace TuyenGiao.Documents;

/// <summary>
/// Where document files are kept (outside the public media folder: the portal serves them itself), how
/// large one may be, and how large an import (a spreadsheet and its files) may be.
/// </summary>
public sealed record DocumentStorage(string Folder, long MaxBytes, long MaxImportBytes)
{
    /// <summary>The file behind a stored name such as <c>2026/11/{guid}.pdf</c>; null for a name that would leave the folder.</summary>
    public string? PathOf(string storedName)
    {
        if (storedName.Length == 0 || storedName.Contains("..", StringComparison.Ordinal) || storedName.Contains('\\') || Path.IsPathRooted(storedName))
        {
            return null;
        }
        return Path.Combine(Folder, storedName.Replace('/', Path.DirectorySeparatorChar));
    }
}
