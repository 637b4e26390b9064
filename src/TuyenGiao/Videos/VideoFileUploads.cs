using System.Globalization;
using TuyenGiao.Media;

namespace TuyenGiao.Videos;

/// <summary>A video file stored in the media folder.</summary>
public sealed record StoredVideoFile(string Url, long Bytes, VideoFormat Format);

/// <summary>The stored file, or why it was refused (in Vietnamese).</summary>
public sealed record VideoFileResult(StoredVideoFile? File, string? Error)
{
    public static VideoFileResult Refused(string message) => new(null, message);
}

/// <summary>
/// Writes an uploaded video to the media folder as its bytes arrive, a buffer at a time: a 500 MB film
/// never sits in memory. The first bytes decide whether it is MP4 or WebM; the size is checked as it
/// comes. The file is written beside its final name and moved there only when complete, so a refused,
/// cut-off or cancelled upload leaves nothing behind.
/// </summary>
public sealed class VideoFileUploads(MediaStorage storage, TimeProvider clock)
{
    public long MaxBytes => storage.MaxVideoBytes;

    /// <summary>The refusal of a file over the limit; without a name when the request's size told before its name came.</summary>
    public string TooLarge(string? name) =>
        $"{(name is null ? "Tệp đã chọn" : $"Tệp “{name}”")} quá lớn: mỗi phim tối đa {storage.MaxVideoBytes / (1024 * 1024)} MB.";

    public async Task<VideoFileResult> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(fileName);
        var header = new byte[VideoFormat.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (headerLength == 0)
        {
            return VideoFileResult.Refused("Vui lòng chọn một tệp phim (MP4 hoặc WebM) để tải lên.");
        }
        if (VideoFormat.Detect(header.AsSpan(0, headerLength)) is not { } format)
        {
            return VideoFileResult.Refused($"Tệp “{name}” không phải phim MP4 hoặc WebM (đã kiểm tra nội dung tệp, không dựa vào tên tệp).");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var url = string.Create(CultureInfo.InvariantCulture, $"{MediaStorage.UrlPrefix}{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{format.Extension}");
        var path = storage.PathOf(url)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        var complete = false;
        try
        {
            if (await UploadCopy.ToNewFileAsync(partial, header.AsMemory(0, headerLength), content, storage.MaxVideoBytes, cancellationToken) is not { } written)
            {
                return VideoFileResult.Refused(TooLarge(name));
            }
            File.Move(partial, path);
            complete = true;
            return new VideoFileResult(new StoredVideoFile(url, written, format), null);
        }
        finally
        {
            if (!complete)
            {
                File.Delete(partial);
            }
        }
    }
}
