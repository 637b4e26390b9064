using System.Globalization;
using System.IO.Compression;
using System.Text;
using TuyenGiao.Media;

namespace TuyenGiao.Documents;

/// <summary>A file written to the documents folder, with what was read from inside it.</summary>
public sealed record StoredDocumentFile(string FileName, string StoredName, long Bytes, DocumentFileFormat Format, ExtractedText Content);

/// <summary>The stored file, or why it was refused (in Vietnamese).</summary>
public sealed record DocumentFileResult(StoredDocumentFile? File, string? Error)
{
    public static DocumentFileResult Refused(string message) => new(null, message);
}

/// <summary>
/// Takes a document's file: streams it to disk a buffer at a time (a 50 MB PDF never sits in memory),
/// checks the size as it comes, tells its format by its content — never by its name — and reads the
/// text inside. The file is written beside its final name and moved there only when all of that has
/// passed, so a refused or cut-off upload leaves nothing behind.
/// </summary>
public sealed class DocumentFileUploads(DocumentStorage storage, TimeProvider clock)
{
    private const int BufferBytes = 81920;

    public long MaxBytes => storage.MaxBytes;

    public string TooLarge(string? name) =>
        $"{(name is null ? "Tệp đã chọn" : $"Tệp “{name}”")} quá lớn: mỗi tệp văn bản tối đa {storage.MaxBytes / (1024 * 1024)} MB.";

    public async Task<DocumentFileResult> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var name = CleanName(fileName);
        var header = new byte[DocumentFileFormats.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (headerLength == 0)
        {
            return DocumentFileResult.Refused($"Vui lòng chọn một tệp {DocumentFileFormats.Accepted} để tải lên.");
        }
        var container = DocumentFileFormats.ContainerOf(header.AsSpan(0, headerLength));
        if (container == FileContainer.Unknown)
        {
            return DocumentFileResult.Refused(NotADocument(name));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var folder = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}");
        var partial = storage.PathOf($"{folder}/{Guid.NewGuid():N}.partial")!;
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        try
        {
            if (await UploadCopy.ToNewFileAsync(partial, header.AsMemory(0, headerLength), content, storage.MaxBytes, cancellationToken) is not { } written)
            {
                return DocumentFileResult.Refused(TooLarge(name));
            }
            if (FormatOf(partial, container) is not { } format)
            {
                return DocumentFileResult.Refused(NotADocument(name));
            }
            ExtractedText text;
            try
            {
                text = DocumentTextExtraction.Extract(partial, format);
            }
            catch (UnreadableFileException)
            {
                return DocumentFileResult.Refused($"Không mở được tệp “{name}”: tệp bị hỏng hoặc có mật khẩu. Hãy lưu lại tệp rồi tải lên lần nữa.");
            }
            var storedName = $"{folder}/{Path.GetFileNameWithoutExtension(partial)}.{format.Extension()}";
            File.Move(partial, storage.PathOf(storedName)!);
            return new DocumentFileResult(new StoredDocumentFile(NameWithExtension(name, format), storedName, written, format, text), null);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>DOCX and XLSX are ZIP archives told apart by their main part; DOC and XLS, OLE files told apart by their main stream.</summary>
    private static DocumentFileFormat? FormatOf(string path, FileContainer container)
    {
        switch (container)
        {
            case FileContainer.Pdf:
                return DocumentFileFormat.Pdf;
            case FileContainer.Zip:
                try
                {
                    using var zip = ZipFile.OpenRead(path);
                    return zip.GetEntry("word/document.xml") is not null ? DocumentFileFormat.Docx
                        : zip.GetEntry("xl/workbook.xml") is not null ? DocumentFileFormat.Xlsx
                        : null;
                }
                catch (InvalidDataException)
                {
                    return null;
                }
            case FileContainer.Ole:
                return Contains(path, "WordDocument") ? DocumentFileFormat.Doc
                    : Contains(path, "Workbook") || Contains(path, "Book") ? DocumentFileFormat.Xls
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Whether an OLE file's directory names a stream: names are stored in UTF-16, read here a buffer at a time.</summary>
    private static bool Contains(string path, string streamName)
    {
        var needle = Encoding.Unicode.GetBytes(streamName + "\0");
        var buffer = new byte[BufferBytes + needle.Length];
        using var file = File.OpenRead(path);
        var kept = 0;
        int read;
        while ((read = file.Read(buffer, kept, BufferBytes)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(needle) >= 0)
            {
                return true;
            }
            kept = Math.Min(needle.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }
        return false;
    }

    private static string NotADocument(string name) =>
        $"Tệp “{name}” không phải {DocumentFileFormats.Accepted} (đã kiểm tra nội dung tệp, không dựa vào tên tệp).";

    /// <summary>The name as a reader will download it: no folders, no control characters, at most 255 characters.</summary>
    private static string CleanName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        name = name.Normalize(NormalizationForm.FormC);
        return name.Length == 0 ? "van-ban" : name.Length > DocumentFile.FileNameMaxLength - 6 ? name[..(DocumentFile.FileNameMaxLength - 6)] : name;
    }

    /// <summary>The extension the content showed, whatever the name said.</summary>
    private static string NameWithExtension(string name, DocumentFileFormat format) =>
        $"{Path.GetFileNameWithoutExtension(name)}.{format.Extension()}";
}
