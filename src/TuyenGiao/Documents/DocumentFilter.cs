namespace TuyenGiao.Documents;

/// <summary>The reader's filters on <c>/van-ban</c>; they combine, and each is left out when null.</summary>
/// <param name="Query">Words (with or without tones) or a number as people type it: "45 nq tw".</param>
/// <param name="TypeId">Loại văn bản.</param>
/// <param name="IssuerId">Cơ quan ban hành.</param>
/// <param name="FieldId">Lĩnh vực.</param>
/// <param name="Year">The year it was issued.</param>
/// <param name="Status">Tình trạng.</param>
public sealed record DocumentFilter(string? Query, int? TypeId, int? IssuerId, int? FieldId, int? Year, DocumentStatus? Status)
{
    public static DocumentFilter None { get; } = new(null, null, null, null, null, null);
}

/// <summary>A document in a list: what a reader needs to pick it.</summary>
public sealed record DocumentCard(
    int Id, string Title, string Slug, string Number, string TypeName, string IssuerName, DateOnly IssuedOn, DocumentStatus Status);
