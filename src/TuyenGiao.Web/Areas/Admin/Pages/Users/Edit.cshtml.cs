using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class EditModel(AccountAdministration accounts, SiteCategories categories, SignInHistory history) : PageModel
{
    [BindProperty]
    public AccountForm Form { get; set; } = new();

    public AccountRow Account { get; private set; } = null!;
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public string? Notice { get; private set; }
    public string? TemporaryPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = AccountForm.From(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        // The email is the sign-in name and is not changed here.
        ModelState.Remove("Form.Email");
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id) ? Page() : NotFound();
        }
        return await AfterAsync(id, await accounts.UpdateAsync(id, Form.DisplayName, Form.Role, Form.CategoryIds, User.ToActor()), "Đã lưu tài khoản.");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id) =>
        await AfterAsync(id, await accounts.DisableAsync(id, User.ToActor()), "Đã vô hiệu hóa tài khoản: người này bị đăng xuất ngay và không đăng nhập được nữa.");

    public async Task<IActionResult> OnPostEnableAsync(string id) =>
        await AfterAsync(id, await accounts.EnableAsync(id, User.ToActor()), "Đã kích hoạt lại tài khoản.");

    public async Task<IActionResult> OnPostResetPasswordAsync(string id) =>
        await AfterAsync(id, await accounts.ResetPasswordAsync(id, User.ToActor()), "Đã đặt lại mật khẩu; các phiên đăng nhập cũ của tài khoản này đã hết hiệu lực.");

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(string id) =>
        await AfterAsync(id,
            await history.SignOutEverywhereAsync(id, User.ToActor()) ? AccountResult.Done() : AccountResult.Failed("Tài khoản không còn tồn tại."),
            "Đã đăng xuất tài khoản này khỏi mọi thiết bị; người dùng phải đăng nhập lại.");

    private async Task<IActionResult> AfterAsync(string id, AccountResult result, string notice)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            Notice = notice;
            TemporaryPassword = result.TemporaryPassword;
            ModelState.Clear();
            Form = AccountForm.From(Account);
        }
        else
        {
            ModelState.AddFieldErrors(result.Errors);
            Form.Email = Account.User.Email ?? "";
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await accounts.FindAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        Categories = await categories.AllAsync(HttpContext.RequestAborted);
        return true;
    }
}
