using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Media;

namespace TuyenGiao.Web.Hosting;

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
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/media",
            FileProvider = new PhysicalFileProvider(folder),
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                context.Context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
    }
}
