using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TuyenGiao.Web.Validation;

/// <summary>
/// For a reader's form that carries no antiforgery token because the page holding it is cached for everyone
/// (a poll on the home page, a survey): a post another site's page makes the browser send is refused with
/// 403. Browsers say where a post comes from in <c>Sec-Fetch-Site</c>, or else in <c>Origin</c>; a post
/// that says neither (an old browser, a script) goes on to the limits every post meets.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseCrossSitePostsAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && IsCrossSite(context.HttpContext.Request))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }

    public static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is not ("same-origin" or "none");
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }
        return !Uri.TryCreate(origin, UriKind.Absolute, out var from)
            || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
