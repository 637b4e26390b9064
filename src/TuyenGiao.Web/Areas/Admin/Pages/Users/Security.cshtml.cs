using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

/// <summary>Which roles must sign in with a second factor.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class SecurityModel(SecondFactorRules rules) : PageModel
{
    /// <summary>The roles ticked; a value that is not a role is ignored.</summary>
    [BindProperty]
    public List<string> RequiredRoles { get; set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync() => RequiredRoles = [.. await rules.RequiredRolesAsync()];

    public async Task OnPostAsync()
    {
        await rules.SetRequiredAsync(RequiredRoles.Where(Roles.All.Contains).ToHashSet(), User.ToActor());
        RequiredRoles = [.. await rules.RequiredRolesAsync()];
        Notice = "Đã lưu. Tài khoản thuộc vai trò bắt buộc mà chưa bật xác thực hai bước sẽ phải bật ngay ở lần bấm tiếp theo.";
    }
}
