using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Settings;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Settings;

[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(SiteSettingsReader reader, SiteSettingsEditor editor) : PageModel
{
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var current = await reader.GetAsync(HttpContext.RequestAborted);
        Form = new SettingsForm
        {
            SiteName = current.SiteName,
            BoardName = current.BoardName,
            Address = current.Address,
            Phone = current.Phone,
            Email = current.Email,
            FooterText = current.FooterText,
            ResponsiblePerson = current.ResponsiblePerson,
            LicenceNumber = current.LicenceNumber,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await editor.SaveAsync(new SiteSettings
        {
            SiteName = Form.SiteName,
            BoardName = Form.BoardName,
            Address = Form.Address ?? "",
            Phone = Form.Phone ?? "",
            Email = Form.Email ?? "",
            FooterText = Form.FooterText ?? "",
            ResponsiblePerson = Form.ResponsiblePerson ?? "",
            LicenceNumber = Form.LicenceNumber ?? "",
        }, User.ToActor(), HttpContext.RequestAborted);
        Notice = "Đã lưu cài đặt. Đầu trang và chân trang đã cập nhật.";
        return RedirectToPage();
    }
}

public sealed class SettingsForm
{
    [Required(ErrorMessage = "Vui lòng nhập tên cổng thông tin.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tên cổng thông tin")]
    public string SiteName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập tên cơ quan.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tên cơ quan (ví dụ: Ban Tuyên giáo Tỉnh ủy …)")]
    public string BoardName { get; set; } = "";

    [StringLength(300, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Địa chỉ")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "Tối đa {1} ký tự.")]
    [RegularExpression(@"^[0-9 +().\-]*$", ErrorMessage = "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -")]
    [Display(Name = "Điện thoại")]
    public string? Phone { get; set; }

    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Dòng chữ thêm ở chân trang")]
    public string? FooterText { get; set; }

    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Chịu trách nhiệm nội dung (họ tên, chức vụ)")]
    public string? ResponsiblePerson { get; set; }

    [StringLength(300, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Giấy phép số (số, ngày cấp, cơ quan cấp)")]
    public string? LicenceNumber { get; set; }
}
