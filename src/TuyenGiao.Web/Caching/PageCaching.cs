using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace TuyenGiao.Web.Caching;

/// <summary>The output cache for public pages and the compression of what the app renders.</summary>
public static class PageCaching
{
    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("Caching:PageSeconds", 60));
        services.AddOutputCache(options => options.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(lifetime)));
        services.AddSingleton<PublicContentChanges>();

        services.AddResponseCompression(options =>
        {
            // Behind HTTPS too: the only secret in a page, the antiforgery token, is encrypted afresh for
            // every response, which leaves a BREACH-style attack nothing stable to guess.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "image/svg+xml"];
        });
        // Public pages are compressed once per cached copy, so the smaller output is worth the time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// After authentication (a signed-in editor is never served a cached page) and after visit counting
    /// (a page from the cache counts like a rendered one); compression inside, so its output is cached.
    /// </summary>
    public static void UsePageCaching(this WebApplication app)
    {
        if (app.Configuration.GetValue("Caching:Enabled", true))
        {
            app.UseOutputCache();
        }
        app.UseResponseCompression();
    }
}
