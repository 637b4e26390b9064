using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Form.Email.Trim(), Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản đang bị khóa (đăng nhập sai nhiều lần hoặc đã bị vô hiệu hóa). Xin thử lại sau 15 phút hoặc liên hệ quản trị."
            : "Email hoặc mật khẩu không đúng.");
        return Page();
    }
}

public sealed class SignInForm
{
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    [Display(Name = "Ghi nhớ đăng nhập trên máy này")]
    public bool RememberMe { get; set; }
}
