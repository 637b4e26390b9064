using System.ComponentModel.DataAnnotations;
using TuyenGiao.Categories;

namespace TuyenGiao.Web.Areas.Admin.Pages.Categories;

public sealed class CategoryForm
{
    [Required(ErrorMessage = "Vui lòng nhập tên chuyên mục.")]
    [StringLength(150, ErrorMessage = "Tên chuyên mục dài tối đa {1} ký tự.")]
    [Display(Name = "Tên chuyên mục")]
    public string Name { get; set; } = "";

    [StringLength(150, ErrorMessage = "Đường dẫn dài tối đa {1} ký tự.")]
    [Display(Name = "Đường dẫn (để trống thì tạo từ tên)")]
    public string? Slug { get; set; }

    [Display(Name = "Thuộc chuyên mục")]
    public int? ParentId { get; set; }

    [Range(0, 10000, ErrorMessage = "Thứ tự là số từ {1} đến {2}.")]
    [Display(Name = "Thứ tự hiển thị (số nhỏ đứng trước)")]
    public int DisplayOrder { get; set; }

    [Display(Name = "Hiện trên thanh menu")]
    public bool ShowInMenu { get; set; } = true;

    [StringLength(1000, ErrorMessage = "Mô tả dài tối đa {1} ký tự.")]
    [Display(Name = "Mô tả ngắn")]
    public string? Description { get; set; }

    public static CategoryForm From(Category category) => new()
    {
        Name = category.Name,
        Slug = category.Slug,
        ParentId = category.ParentId,
        DisplayOrder = category.DisplayOrder,
        ShowInMenu = category.ShowInMenu,
        Description = category.Description,
    };

    public CategoryFields ToFields() => new(Name, Slug, ParentId, DisplayOrder, ShowInMenu, Description);
}
