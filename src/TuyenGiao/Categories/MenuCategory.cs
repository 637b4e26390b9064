namespace TuyenGiao.Categories;

public sealed record MenuCategory(int Id, string Name, string Slug, IReadOnlyList<MenuCategory> Children);
