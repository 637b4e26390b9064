using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(AccountAdministration accounts) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync() => Accounts = await accounts.ListAsync(HttpContext.RequestAborted);
}
