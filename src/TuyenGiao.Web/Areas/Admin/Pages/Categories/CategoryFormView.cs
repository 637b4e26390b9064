using TuyenGiao.Categories;

namespace TuyenGiao.Web.Areas.Admin.Pages.Categories;

/// <summary>The model of the shared fields partial. Named <c>Form</c> so the inputs post as <c>Form.Name</c>….</summary>
public sealed record CategoryFormView(CategoryForm Form, IReadOnlyList<MenuCategory> Parents);
