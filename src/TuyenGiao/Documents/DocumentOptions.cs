using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Documents;

/// <summary>The document library (<c>Documents</c>).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>One attached file; streamed to disk, so its size costs disk, not memory.</summary>
    [Range(1, 2048, ErrorMessage = "phải là số megabyte từ {1} đến {2}.")]
    public int MaxFileMegabytes { get; set; } = 100;

    /// <summary>One import: the spreadsheet and all the files it names, sent together (kept on disk by the form reader, not in memory).</summary>
    [Range(1, 20_480, ErrorMessage = "phải là số megabyte từ {1} đến {2}.")]
    public int MaxImportMegabytes { get; set; } = 1024;
}
