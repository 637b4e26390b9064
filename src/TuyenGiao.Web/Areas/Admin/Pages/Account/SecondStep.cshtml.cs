using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Account;

/// <summary>The second step of signing in: the code of the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[AllowedBeforeEnrolment]
public sealed class SecondStepModel(NewsroomSignIn signIn) : PageModel
{
    [BindProperty]
    public SecondStepForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await signIn.SecondStepAsync(Form.Code, Form.IsRecoveryCode, RememberMe, HttpContext.SignInClient()) == SignInStep.SignedIn)
        {
            return this.AfterSignIn(ReturnUrl);
        }
        ModelState.AddModelError("Form.Code", NewsroomSignIn.CodeRefused);
        return Page();
    }
}

public sealed class SecondStepForm
{
    [Required(ErrorMessage = "Vui lòng nhập mã.")]
    [StringLength(40, ErrorMessage = "Mã dài tối đa {1} ký tự.")]
    [Display(Name = "Mã xác thực (6 chữ số trong ứng dụng)")]
    public string Code { get; set; } = "";

    [Display(Name = "Đây là mã khôi phục (khi không có điện thoại)")]
    public bool IsRecoveryCode { get; set; }
}
