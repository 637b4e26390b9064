using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Account;

/// <summary>One's own sign-in history (failed attempts included), and signing out of every device at once.</summary>
[Authorize(Policy = Policies.Writing)]
public sealed class SignInsModel(SignInHistory history, SignInManager<PortalUser> signIn) : PageModel
{
    public IReadOnlyList<SignInRecord> Records { get; private set; } = [];

    public async Task OnGetAsync() => Records = await history.LatestAsync(User.ToActor().UserId!, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        await history.SignOutEverywhereAsync(User.ToActor().UserId!, User.ToActor());
        await signIn.SignOutAsync();
        return RedirectToPage("SignIn");
    }
}
