namespace TuyenGiao.Categories;

/// <summary>A slug a category had before a rename; its old links answer with a permanent redirect.</summary>
public class FormerCategorySlug
{
    public required string Slug { get; set; }
    public int CategoryId { get; set; }
}
