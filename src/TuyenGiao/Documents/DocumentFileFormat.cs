namespace TuyenGiao.Documents;

/// <summary>The kinds of file a document may carry.</summary>
public enum DocumentFileFormat
{
    Pdf,
    Doc,
    Docx,
    Xls,
    Xlsx,
}

public static class DocumentFileFormats
{
    /// <summary>Enough of the file's start to tell PDF, ZIP (Office 2007+) and OLE (Office 97–2003) apart.</summary>
    public const int HeaderLength = 8;

    public const string Accepted = "PDF, Word (DOC, DOCX) hoặc Excel (XLS, XLSX)";

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>What the first bytes say the container is; Office files are told apart by what they hold, later.</summary>
    public static FileContainer ContainerOf(ReadOnlySpan<byte> header) =>
        header.StartsWith(PdfMagic) ? FileContainer.Pdf
        : header.StartsWith(ZipMagic) ? FileContainer.Zip
        : header.StartsWith(OleMagic) ? FileContainer.Ole
        : FileContainer.Unknown;

    public static string Extension(this DocumentFileFormat format) => format.ToString().ToLowerInvariant();

    public static string ContentType(this DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Pdf => "application/pdf",
        DocumentFileFormat.Doc => "application/msword",
        DocumentFileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentFileFormat.Xls => "application/vnd.ms-excel",
        DocumentFileFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>As a reader sees it beside the file: "PDF", "Word", "Excel".</summary>
    public static string DisplayName(this DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Pdf => "PDF",
        DocumentFileFormat.Doc or DocumentFileFormat.Docx => "Word",
        _ => "Excel",
    };
}

/// <summary>The wrapping a file's first bytes show.</summary>
public enum FileContainer
{
    Unknown,
    Pdf,

    /// <summary>A ZIP archive: DOCX and XLSX, told apart by the parts inside.</summary>
    Zip,

    /// <summary>An OLE compound file: DOC and XLS, told apart by the streams inside.</summary>
    Ole,
}
