using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Text;
using TuyenGiao.Validation;

namespace TuyenGiao.Media;

/// <summary>The outcome of an upload: the stored image, or why it was refused (in Vietnamese), about the file field.</summary>
public sealed record UploadResult(MediaImage? Image, FieldErrors Errors)
{
    /// <summary>The name of the file field an image comes in, in every form that uploads one.</summary>
    public const string FileField = "upload";

    public static UploadResult Refused(string message) => new(null, FieldErrors.Of(FileField, message));

    /// <summary>Why the image was refused; null when it was stored.</summary>
    public string? Error => Errors[FileField];
}

/// <summary>
/// Takes an uploaded image: checks it by content, turns it upright, stores it at the widths of
/// <see cref="ResponsiveImages"/> in the media folder, and records it.
/// </summary>
public sealed class ImageUploads(PortalDbContext db, AuditLog audit, MediaStorage storage, TimeProvider clock)
{
    private const int JpegAndWebPQuality = 82;

    public Task<List<MediaImage>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        db.MediaImages.AsNoTracking().OrderByDescending(i => i.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>A page of the library, newest first, for the writing desk's picker; <paramref name="search"/> is part of a file's name or caption, tones or not.</summary>
    public async Task<(List<MediaImage> Images, int Total)> PageAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var images = db.MediaImages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Photos uploaded before captions were kept have no search text; their file name as typed still finds them.
            var typed = search.Trim();
            var folded = VietnameseText.Fold(typed);
            images = images.Where(i => i.SearchText.Contains(folded) || i.OriginalFileName.Contains(typed));
        }
        var total = await images.CountAsync(cancellationToken);
        var shown = await images.OrderByDescending(i => i.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (shown, total);
    }

    /// <summary>
    /// An image a form may carry beside its fields (a leader's photo, a link's logo, a banner): none is no
    /// image and no error; a refused one's message is put under the form's own <paramref name="field"/>.
    /// </summary>
    public async Task<(MediaImage? Image, FieldErrors Errors)> SaveIfGivenAsync(
        Stream? content, string? fileName, string field, Actor actor, CancellationToken cancellationToken = default)
    {
        if (content is null)
        {
            return (null, FieldErrors.None);
        }
        var upload = await SaveAsync(content, fileName ?? "", actor, cancellationToken);
        return upload.Image is null ? (null, FieldErrors.Of(field, upload.Error!)) : (upload.Image, FieldErrors.None);
    }

    public async Task<UploadResult> SaveAsync(Stream content, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(fileName);
        var bytes = await ReadAtMostAsync(content, storage.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return UploadResult.Refused($"Ảnh “{name}” quá lớn: mỗi ảnh tối đa {storage.MaxBytes / (1024 * 1024)} MB.");
        }
        if (ImageFormat.Detect(bytes) is not { } format)
        {
            return UploadResult.Refused($"Tệp “{name}” không phải ảnh JPEG, PNG hoặc WebP.");
        }
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MediaStorage.MaxPixels)
        {
            return UploadResult.Refused(codec is null
                ? $"Không đọc được ảnh “{name}”: tệp có thể bị hỏng."
                : $"Ảnh “{name}” có kích thước điểm ảnh quá lớn.");
        }
        if (!ReducedDecoding.FitsInMemory(codec, ResponsiveImages.Widths[^1]))
        {
            return UploadResult.Refused($"Ảnh “{name}” có quá nhiều điểm ảnh để xử lý ({codec.Info.Width}×{codec.Info.Height}). "
                + "Ảnh PNG tối đa khoảng 16 triệu điểm ảnh; hãy thu nhỏ ảnh, hoặc lưu dưới dạng JPEG.");
        }
        // A few large uploads at once must not take the memory of the whole site: decoding and resizing
        // wait their turn, two at a time.
        await Decoding.WaitAsync(cancellationToken);
        try
        {
            return await StoreAsync(codec, format, name, actor, cancellationToken);
        }
        finally
        {
            Decoding.Release();
        }
    }

    private static readonly SemaphoreSlim Decoding = new(DecodesAtOnce, DecodesAtOnce);

    private const int DecodesAtOnce = 2;

    private async Task<UploadResult> StoreAsync(SKCodec codec, ImageFormat format, string name, Actor actor, CancellationToken cancellationToken)
    {
        using var decoded = ReducedDecoding.Decode(codec, ResponsiveImages.Widths[^1]);
        if (decoded is null)
        {
            return UploadResult.Refused($"Không đọc được ảnh “{name}”: tệp có thể bị hỏng.");
        }
        using var turned = Turned(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;

        var now = clock.GetUtcNow().UtcDateTime;
        var stem = string.Create(CultureInfo.InvariantCulture, $"/media/{now:yyyy}/{now:MM}/{Guid.NewGuid():N}");
        long storedBytes = 0;
        var widths = ResponsiveImages.WidthsFor(upright.Width);
        foreach (var width in widths)
        {
            using var resized = width == upright.Width
                ? null
                : upright.Resize(new SKImageInfo(width, HeightAt(upright, width)), new SKSamplingOptions(SKCubicResampler.Mitchell));
            var copy = resized ?? upright;
            using var encoded = copy.Encode(format.Encoding, JpegAndWebPQuality);
            storedBytes += await WriteAsync(encoded, ResponsiveImages.UrlOf(stem, width, format.Extension), cancellationToken);
            if (format != ImageFormat.WebP)
            {
                // A WebP twin, sent instead to browsers that accept it (see the media negotiation in the
                // web app); kept only when it is the smaller file, as it nearly always is for photos.
                using var twin = copy.Encode(ImageFormat.WebP.Encoding, JpegAndWebPQuality);
                if (twin.Size < encoded.Size)
                {
                    storedBytes += await WriteAsync(twin, ResponsiveImages.UrlOf(stem, width, ImageFormat.WebP.Extension), cancellationToken);
                }
            }
        }
        var image = new MediaImage
        {
            Url = ResponsiveImages.UrlOf(stem, widths[^1], format.Extension),
            OriginalFileName = name.Length > 260 ? name[..260] : name,
            Width = widths[^1],
            Height = HeightAt(upright, widths[^1]),
            Bytes = storedBytes,
            UploadedAt = now,
            UploadedByName = actor.Name,
        };
        image.Describe(caption: null);
        db.MediaImages.Add(image);
        audit.Record(actor, "Tải ảnh lên", AuditRecordTypes.Image, image.Url, image.OriginalFileName);
        await db.SaveChangesAsync(cancellationToken);
        return new UploadResult(image, FieldErrors.None);
    }

    private async Task<long> WriteAsync(SKData encoded, string url, CancellationToken cancellationToken)
    {
        var path = Path.Combine(storage.Folder, url["/media/".Length..].Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved into place, so a page never links to half a file.
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        {
            await encoded.AsStream().CopyToAsync(file, cancellationToken);
        }
        File.Move(partial, path);
        return encoded.Size;
    }

    private static int HeightAt(SKBitmap source, int width) =>
        Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));

    /// <summary>
    /// Phones store photos sideways with a note to turn them; readers' browsers must not have to.
    /// Null when the photo is upright already (mirrored orientations, which are rare, stay as stored).
    /// </summary>
    private static SKBitmap? Turned(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (degrees, swap) = origin switch
        {
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.RightTop => (90, true),
            SKEncodedOrigin.LeftBottom => (270, true),
            _ => (0, false),
        };
        if (degrees == 0)
        {
            return null;
        }
        var turned = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(turned);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0);
        return turned;
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
