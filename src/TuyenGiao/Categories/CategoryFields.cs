using TuyenGiao.Validation;

namespace TuyenGiao.Categories;

/// <summary>What an admin sets on a category. An empty slug is made from the name.</summary>
public sealed record CategoryFields(string Name, string? Slug, int? ParentId, int DisplayOrder, bool ShowInMenu, string? Description);

/// <summary>The outcome of a category change: the errors by field name, none when it was stored.</summary>
public sealed record CategoryResult(int? Id, FieldErrors Errors)
{
    public bool Succeeded => Errors.IsEmpty;

    public static CategoryResult Failed(string field, string message) => new(null, FieldErrors.Of(field, message));
}
