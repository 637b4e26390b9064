namespace TuyenGiao.Web.Hosting;

/// <summary>
/// The site reads (GET, and HEAD wherever GET works) and takes forms (POST); nothing else. TRACE would
/// echo a request back, and other methods reached pages that ignore them and answered 200.
/// </summary>
public static class AllowedMethods
{
    public static void UseOnlyReadAndPostMethods(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        });
}
