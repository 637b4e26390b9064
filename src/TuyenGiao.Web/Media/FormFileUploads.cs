using TuyenGiao.Audit;
using TuyenGiao.Media;

namespace TuyenGiao.Web.Media;

internal static class FormFileUploads
{
    /// <summary>An image from a form's file field; a form sent without one gets a message, not an error page.</summary>
    public static async Task<UploadResult> SaveFormFileAsync(this ImageUploads uploads, IFormFile? file, Actor actor, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return UploadResult.Refused("Vui lòng chọn một ảnh để tải lên.");
        }
        await using var stream = file.OpenReadStream();
        return await uploads.SaveAsync(stream, file.FileName, actor, cancellationToken);
    }

    /// <summary>The uploaded file's content, or null when the form came without one (an empty file input).</summary>
    public static Stream? OpenOrNull(this IFormFile? file) => file is { Length: > 0 } ? file.OpenReadStream() : null;
}
