using System.Text.Json;

namespace TuyenGiao.Introduction;

/// <summary>An introduction page as one save left it, to be read again and brought back like an article's revision.</summary>
public class IntroPageRevision
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedByName { get; set; }

    /// <summary>The <see cref="IntroPageFields"/> as JSON: a revision is read and restored whole.</summary>
    public required string FieldsJson { get; set; }

    public IntroPageFields ReadFields() => JsonSerializer.Deserialize<IntroPageFields>(FieldsJson)
        ?? throw new InvalidOperationException($"Revision {Id} holds no fields.");

    public static string Serialize(IntroPageFields fields) => JsonSerializer.Serialize(fields);
}
