using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Web.Data;

/// <summary>
/// Opens the database connection before a page's handler runs, so the handler's queries and the
/// layout's share one connection. Left to itself EF Core opens and closes it around every query, and
/// each SQLite opening registers EF's SQL functions again: an eighth of an uncached article page's
/// cost (measured with bench/speed.sh). The connection is closed when the request's context is
/// returned to the pool.
/// </summary>
internal sealed class OneConnectionPerPage(PortalDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
