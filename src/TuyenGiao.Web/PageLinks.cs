using Microsoft.AspNetCore.Mvc;

namespace TuyenGiao.Web;

public static class PageLinks
{
    /// <summary>
    /// A page's address with a query of filters, leaving out the empty ones, so a link to "the same list,
    /// page 3" carries only what the reader chose.
    /// </summary>
    public static string PageWithQuery(this IUrlHelper url, string pageName, IEnumerable<KeyValuePair<string, string?>> query) =>
        url.Page(pageName, new RouteValueDictionary(query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => KeyValuePair.Create(q.Key, (object?)q.Value))))!;
}
