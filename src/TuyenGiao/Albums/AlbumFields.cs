namespace TuyenGiao.Albums;

/// <summary>What the album form sends: the album's own fields and every photo's caption, credit, place and fate.</summary>
public sealed record AlbumFields(
    string Title,
    string DescriptionMarkdown,
    DateOnly EventDate,
    int? CategoryId,
    int? CoverPhotoId,
    IReadOnlyList<PhotoFields> Photos)
{
    /// <summary>The field name of a photo's own field, as the form names it (the photo's id is its index).</summary>
    public static string PhotoField(int photoId, string field) => $"{nameof(Photos)}[{photoId}].{field}";
}

/// <param name="Id">The photo.</param>
/// <param name="Caption">Shown under the photo.</param>
/// <param name="Credit">The photographer.</param>
/// <param name="Position">Where it goes; photos are renumbered 1, 2, 3… in this order.</param>
/// <param name="Remove">Take the photo out of the album and delete its files.</param>
public sealed record PhotoFields(int Id, string Caption, string? Credit, int Position, bool Remove);
