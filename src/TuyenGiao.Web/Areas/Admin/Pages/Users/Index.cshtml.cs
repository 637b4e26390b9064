using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(UserManager<PortalUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(PortalUser User, IList<string> Roles, bool LockedOut)> Accounts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var list = new List<(PortalUser, IList<string>, bool)>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync(HttpContext.RequestAborted))
        {
            list.Add((user, await users.GetRolesAsync(user), user.LockoutEnd > now));
        }
        Accounts = list;
    }
}
