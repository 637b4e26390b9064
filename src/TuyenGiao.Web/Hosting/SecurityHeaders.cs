using Microsoft.Net.Http.Headers;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// The headers a public site sends with every response, cached or not, error pages included. The
/// content security policy allows scripts and styles from the site itself only (no page has inline
/// script or style), images from the site or any HTTPS host (covers may be hotlinked), and framing by
/// the site itself for public pages and by nobody for the newsroom; public pages may frame the site's own files (a document's PDF) and YouTube's
/// privacy-enhanced player, nothing else.
/// </summary>
public static class SecurityHeaders
{
    private const string NewsroomPath = "/admin";

    private const string CommonPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; ";

    // A documentary on YouTube plays in the privacy-enhanced player, framed only once the reader presses play.
    // A document's PDF shows in the browser's own viewer, framed from the site.
    private const string PublicPolicy = CommonPolicy + "frame-src 'self' https://www.youtube-nocookie.com; frame-ancestors 'self'";
    private const string NewsroomPolicy = CommonPolicy + "frame-ancestors 'none'";

    /// <summary>
    /// The article editor's: the newsroom's, except that the writing desk's editor (Toast UI) shows, hides and
    /// places its toolbar, popups and tabs with style attributes. Style sheets and scripts stay the site's own.
    /// </summary>
    public const string WritingDeskPolicy = NewsroomPolicy + "; style-src-attr 'unsafe-inline'";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            // At the start of the response, so that a page from the cache or an error page re-executed
            // after the headers were cleared gets them too.
            context.Response.OnStarting(() =>
            {
                var newsroom = context.Request.Path.StartsWithSegments(NewsroomPath);
                var headers = context.Response.Headers;
                // A response that set its own policy keeps it: a document's file allows the PDF viewer and nothing else.
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = newsroom ? NewsroomPolicy : PublicPolicy;
                }
                headers.XFrameOptions = newsroom ? "DENY" : "SAMEORIGIN";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers.Remove(HeaderNames.Server);
                return Task.CompletedTask;
            });
            return next(context);
        });
}
