using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TuyenGiao.Web.Accounts;

internal static class SignInRedirects
{
    /// <summary>Where a finished sign-in goes: back to the page that asked, if it is this site's, else the dashboard.</summary>
    public static IActionResult AfterSignIn(this PageModel page, string? returnUrl) =>
        page.Url.IsLocalUrl(returnUrl) ? page.LocalRedirect(returnUrl) : page.RedirectToPage("/Index");
}
