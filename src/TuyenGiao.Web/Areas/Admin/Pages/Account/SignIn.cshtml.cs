using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Account;

[AllowAnonymous]
[AllowedBeforeEnrolment]
public sealed class SignInModel(NewsroomSignIn signIn) : PageModel
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
        switch (await signIn.SignInAsync(Form.Email, Form.Password, Form.RememberMe, HttpContext.SignInClient()))
        {
            case SignInStep.SignedIn:
                return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
            case SignInStep.CodeNeeded:
                return RedirectToPage("SecondStep", new { ReturnUrl, Form.RememberMe });
        }
        ModelState.AddModelError(string.Empty, NewsroomSignIn.Refused);
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
