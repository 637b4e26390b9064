namespace TuyenGiao.Documents;

/// <summary>
/// A file attached to a document. Kept outside the public media folder and served by the portal, which
/// names it (the original Vietnamese file name) and never lets a browser take it for a page. A replaced
/// file stays, with <see cref="ReplacedAt"/> set, as the document's history.
/// </summary>
public class DocumentFile
{
    public const int FileNameMaxLength = 255;

    public int Id { get; set; }
    public int DocumentId { get; set; }

    /// <summary>The name the file had on the editor's computer, e.g. "Nghị quyết 45.pdf".</summary>
    public required string FileName { get; set; }

    /// <summary>Relative to the documents folder: <c>2026/11/{guid}.pdf</c>.</summary>
    public required string StoredName { get; set; }

    public long Bytes { get; set; }
    public DocumentFileFormat Format { get; set; }

    /// <summary>The text read from inside the file (PDF, Word, Excel) at upload; empty when there is none to read.</summary>
    public string Text { get; set; } = "";

    /// <summary>A PDF with pages but no text layer: a scan, which search cannot see into.</summary>
    public bool IsScan { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>Set when another file took its place; it is then shown only in the newsroom's history.</summary>
    public DateTime? ReplacedAt { get; set; }

    public long DownloadCount { get; set; }
}
