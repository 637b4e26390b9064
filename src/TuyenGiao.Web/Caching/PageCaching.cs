using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using TuyenGiao.Configuration;

namespace TuyenGiao.Web.Caching;

/// <summary>The output cache for public pages and the compression of what the app renders.</summary>
public static class PageCaching
{
    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddValidatedOptions<CachingOptions>(CachingOptions.Section);
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<CachingOptions>>((options, caching) =>
            options.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(TimeSpan.FromSeconds(caching.Value.PageSeconds))));
        services.AddSingleton<PublicContentChanges>();
        services.AddSingleton<PublicContentMemo>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<PublicContentChanges>());

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
        if (app.Services.GetRequiredService<IOptions<CachingOptions>>().Value.Enabled)
        {
            app.UseOutputCache();
        }
        app.UseResponseCompression();
    }
}
