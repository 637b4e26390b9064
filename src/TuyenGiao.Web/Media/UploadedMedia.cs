using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Media;

namespace TuyenGiao.Web.Media;

internal static class UploadedMedia
{
    /// <summary>
    /// Serves the media folder at <c>/media</c>. Every upload gets a new name and is never rewritten,
    /// so browsers and proxies may keep a copy for a year without asking again.
    /// </summary>
    public static void UseUploadedMedia(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<MediaStorage>().Folder;
        Directory.CreateDirectory(folder);
        var files = new PhysicalFileProvider(folder);
        app.Use((context, next) =>
        {
            SendWebPTwinWhenAccepted(context.Request, files);
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/media",
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                context.Context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                // The same URL is a JPEG or PNG for some browsers and WebP for others.
                context.Context.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
            },
        });
    }

    /// <summary>
    /// Pages name an image's JPEG or PNG copy; a browser that says it accepts WebP gets the smaller WebP
    /// twin stored beside it, under the same URL, so pages and old links need not know the twin exists.
    /// </summary>
    private static void SendWebPTwinWhenAccepted(HttpRequest request, PhysicalFileProvider files)
    {
        if (!request.Path.StartsWithSegments("/media", out var inFolder)
            || Path.GetExtension(inFolder.Value) is not (".jpg" or ".png")
            || !request.Headers.Accept.ToString().Contains("image/webp", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var twin = Path.ChangeExtension(inFolder.Value!, ".webp");
        if (files.GetFileInfo(twin).Exists)
        {
            request.Path = "/media" + twin;
        }
    }
}
