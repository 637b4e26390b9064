namespace TuyenGiao.Categories;

/// <summary>A chuyên mục. Two levels are enough for a board's portal: a category and its children.</summary>
public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Unique across the site: a category's URL is <c>/{slug}</c> whatever its level.</summary>
    public required string Slug { get; set; }

    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; set; } = [];
    public int DisplayOrder { get; set; }
    public bool ShowInMenu { get; set; } = true;
    public string? Description { get; set; }
}
