using TuyenGiao.Categories;

namespace TuyenGiao.Web.Areas.Admin.Pages.Users;

/// <summary>What the role and category fields of an account form show: the form, and every category to limit it to.</summary>
public sealed record AccountAccessView(AccountForm Form, IReadOnlyList<MenuCategory> Categories);
