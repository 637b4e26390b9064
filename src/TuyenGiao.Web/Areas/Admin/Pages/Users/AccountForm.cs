using System.ComponentModel.DataAnnotations;
using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

public sealed class AccountForm
{
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Email dài tối đa {1} ký tự.")]
    [Display(Name = "Email (dùng để đăng nhập)")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập họ tên.")]
    [StringLength(150, ErrorMessage = "Họ tên dài tối đa {1} ký tự.")]
    [Display(Name = "Họ tên")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
    [AllowedValues(Roles.Admin, Roles.Editor, Roles.Contributor, ErrorMessage = "Vai trò không hợp lệ.")]
    [Display(Name = "Vai trò")]
    public string Role { get; set; } = Roles.Editor;

    /// <summary>The categories the account is limited to (a district board's section); none ticked: the whole site.</summary>
    public List<int> CategoryIds { get; set; } = [];

    public static AccountForm From(AccountRow account) => new()
    {
        Email = account.User.Email ?? "", DisplayName = account.User.DisplayName, Role = account.Role, CategoryIds = [.. account.Categories],
    };
}
