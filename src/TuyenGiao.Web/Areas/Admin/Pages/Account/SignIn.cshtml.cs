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
                return this.AfterSignIn(ReturnUrl);
            case SignInStep.CodeNeeded:
                return RedirectToPage("SecondStep", new { ReturnUrl, Form.RememberMe });
            case SignInStep.PasskeyNeeded:
                ModelState.AddModelError(string.Empty, NewsroomSignIn.PasskeyNeeded);
                return Page();
        }
        ModelState.AddModelError(string.Empty, NewsroomSignIn.Refused);
        return Page();
    }

    /// <summary>What the passkey button hands the browser's navigator.credentials.get() (fetched with the page's form token).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await signIn.PasskeyOptionsAsync(), "application/json");

    /// <summary>The passkey's answer, posted by the form the script fills; a refusal reads as the password's does.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        ModelState.Clear();
        if (!string.IsNullOrEmpty(credential) && credential.Length < PasskeyForm.MaxCredentialLength
            && await signIn.PasskeySignInAsync(credential, HttpContext.SignInClient()) == SignInStep.SignedIn)
        {
            return this.AfterSignIn(ReturnUrl);
        }
        ModelState.AddModelError(string.Empty, "Không đăng nhập được bằng passkey này. Hãy thử lại, hoặc đăng nhập bằng email và mật khẩu.");
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
