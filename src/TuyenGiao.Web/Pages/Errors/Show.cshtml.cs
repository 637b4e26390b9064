using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TuyenGiao.Web.Pages.Errors;

/// <summary>
/// The page readers see for a missing page or a failure. It is re-executed for any request method,
/// so it has no handler of its own and skips the antiforgery check a re-executed POST would fail.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ShowModel : PageModel
{
    public bool IsNotFound => Response.StatusCode == StatusCodes.Status404NotFound;

    public bool IsForbidden => Response.StatusCode == StatusCodes.Status403Forbidden;

    public bool IsTooManyRequests => Response.StatusCode == StatusCodes.Status429TooManyRequests;

    public void OnGet(int? code)
    {
        // Re-executed requests keep the original status; a direct visit gets the one its URL names, and
        // a URL that names no error status is a page that does not exist.
        if (Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
        }
    }
}
