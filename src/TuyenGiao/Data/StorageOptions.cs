using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Data;

/// <summary>
/// Where the site keeps what is not code (<c>Storage</c>): the SQLite file, data-protection keys and, by
/// default, the uploaded media; and the document library's files. Relative folders are taken from the web project's folder.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(AllowEmptyStrings = false, ErrorMessage = "phải là một thư mục.")]
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Empty means <c>media</c> in the data folder.</summary>
    public string? MediaFolder { get; set; }

    public string DataFolderIn(string contentRoot) => Path.GetFullPath(DataFolder, contentRoot);

    public string MediaFolderIn(string contentRoot) =>
        string.IsNullOrWhiteSpace(MediaFolder) ? Path.Combine(DataFolderIn(contentRoot), "media") : Path.GetFullPath(MediaFolder, contentRoot);

    /// <summary>The document library's files: served by the portal itself (named, never as a page), so not under the media folder.</summary>
    public string DocumentsFolderIn(string contentRoot) => Path.Combine(DataFolderIn(contentRoot), "documents");
}
