using TuyenGiao.Validation;

namespace TuyenGiao.Content;

/// <summary>The outcome of a newsroom write (an album, a film, a page, a banner…): the saved item, or why not (field errors), or that it does not exist.</summary>
public sealed record EditResult<T>(T? Item, FieldErrors Errors)
    where T : class
{
    public bool Succeeded => Item is not null && Errors.IsEmpty;

    public static EditResult<T> NotFound { get; } = new(null, FieldErrors.None);

    public static EditResult<T> Invalid(FieldErrors errors) => new(null, errors);

    public static EditResult<T> Saved(T item) => new(item, FieldErrors.None);
}
