using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.QrCodes;
using TuyenGiao.Settings;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Account;

/// <summary>
/// One's own second factor: scan the QR code (or type the key) into an authenticator app, confirm with one
/// code, keep the recovery codes shown once. An account whose role requires it is sent here until it has.
/// </summary>
[Authorize(Policy = Policies.Writing)]
[AllowedBeforeEnrolment]
public sealed class SecondFactorModel(UserManager<PortalUser> users, SecondFactorSetup setup, AccountPasskeys passkeys, SiteSettingsReader settings) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mã 6 chữ số ứng dụng đang hiện.")]
    [StringLength(20, ErrorMessage = "Mã dài tối đa {1} ký tự.")]
    [Display(Name = "Mã 6 chữ số ứng dụng đang hiện")]
    public string? Code { get; set; }

    /// <summary>Set when the account was sent here because its role requires a second factor.</summary>
    [BindProperty(SupportsGet = true, Name = "batbuoc")]
    public bool Required { get; set; }

    public bool Enabled { get; private set; }
    public AuthenticatorKey? Key { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    /// <summary>Shown once, on the response that made them.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    /// <summary>The QR code of the key, as an image of this page (no inline SVG, no data: address under the CSP).</summary>
    public async Task<IActionResult> OnGetQrAsync()
    {
        if (await users.GetUserAsync(User) is not { } user || user.TwoFactorEnabled)
        {
            return NotFound();
        }
        var key = await setup.KeyAsync(user, await IssuerAsync());
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(QrCodeImages.Svg(key.OtpAuthUri)), "image/svg+xml");
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            var (codes, error) = await setup.EnableAsync(user, Code!);
            if (codes is not null)
            {
                RecoveryCodes = codes;
                Notice = "Đã bật xác thực hai bước. Từ lần đăng nhập sau, sau mật khẩu sẽ cần mã trong ứng dụng.";
                ModelState.Clear();
                Code = null;
                return await LoadAsync() ?? Page();
            }
            ModelState.AddModelError(nameof(Code), error!);
        }
        return await LoadAsync() ?? Page();
    }

    public Task<IActionResult> OnPostRecoveryCodesAsync() => WithUserAsync(async user =>
    {
        RecoveryCodes = await setup.NewRecoveryCodesAsync(user);
        Notice = "Đã tạo 10 mã khôi phục mới; các mã cũ không dùng được nữa.";
    });

    public Task<IActionResult> OnPostResetAsync() => WithUserAsync(async user =>
    {
        await setup.ResetKeyAsync(user);
        Notice = "Đã hủy khóa cũ. Hãy quét mã QR mới bằng ứng dụng trên điện thoại mới rồi nhập mã để bật lại.";
    });

    public Task<IActionResult> OnPostDisableAsync() => WithUserAsync(async user =>
    {
        if (await setup.DisableAsync(user) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
        }
        else
        {
            Notice = "Đã tắt xác thực hai bước.";
        }
    });

    /// <summary>What the passkey button hands the browser's navigator.credentials.create().</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        await users.GetUserAsync(User) is { } user ? Content(await passkeys.CreationOptionsAsync(user), "application/json") : Challenge();

    public Task<IActionResult> OnPostAddPasskeyAsync(string? credential, string? passkeyName) => WithUserAsync(async user =>
    {
        var refused = string.IsNullOrEmpty(credential) || credential.Length > PasskeyForm.MaxCredentialLength
            ? "Không nhận được passkey từ trình duyệt. Xin thử lại."
            : await passkeys.AddAsync(user, credential, passkeyName);
        if (refused is not null)
        {
            ModelState.AddModelError(string.Empty, refused);
        }
        else
        {
            Notice = "Đã thêm passkey. Từ nay có thể bấm \"Đăng nhập bằng passkey\" ở trang đăng nhập.";
        }
    });

    public Task<IActionResult> OnPostRemovePasskeyAsync(string? id) => WithUserAsync(async user =>
    {
        if (await passkeys.RemoveAsync(user, id ?? "") is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
        }
        else
        {
            Notice = "Đã xóa passkey.";
        }
    });

    private async Task<IActionResult> WithUserAsync(Func<PortalUser, Task> change)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        ModelState.Clear();
        await change(user);
        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        // Read again: a change above renewed the account's stamp and its claims.
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        user = (await users.FindByIdAsync(user.Id))!;
        Enabled = user.TwoFactorEnabled;
        Key = Enabled ? null : await setup.KeyAsync(user, await IssuerAsync());
        RecoveryCodesLeft = Enabled ? await setup.RecoveryCodesLeftAsync(user) : 0;
        Passkeys = await passkeys.ListAsync(user);
        return null;
    }

    private async Task<string> IssuerAsync() => (await settings.GetAsync(HttpContext.RequestAborted)).SiteName;
}
