using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

/// <summary>An account's sign-in history, as its owner sees it, for an admin.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class SignInsModel(AccountAdministration accounts, SignInHistory history) : PageModel
{
    public AccountRow Account { get; private set; } = null!;
    public IReadOnlyList<SignInRecord> Records { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await accounts.FindAsync(id) is not { } account)
        {
            return NotFound();
        }
        Account = account;
        Records = await history.LatestAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
