namespace TuyenGiao.Documents;

/// <summary>The reader's filters on <c>/van-ban</c>; they combine, and each is left out when null.</summary>
/// <param name="Query">Words (with or without tones) or a number as people type it: "45 nq tw".</param>
/// <param name="TypeId">Loại văn bản.</param>
/// <param name="IssuerId">Cơ quan ban hành.</param>
/// <param name="FieldId">Lĩnh vực.</param>
/// <param name="Year">The year it was issued.</param>
/// <param name="Status">Tình trạng.</param>
/// <param name="SeriesId">The issues of one series ("Tài liệu sinh hoạt chi bộ"): its own page.</param>
public sealed record DocumentFilter(string? Query, int? TypeId, int? IssuerId, int? FieldId, int? Year, DocumentStatus? Status, int? SeriesId = null)
{
    public static DocumentFilter None { get; } = new(null, null, null, null, null, null);
}

/// <summary>A document in a list: what a reader needs to pick it (<see cref="IssueName"/> is empty outside a series).</summary>
public sealed record DocumentCard(
    int Id, string Title, string Slug, string Number, string TypeName, string IssuerName, DateOnly IssuedOn, DocumentStatus Status, string IssueName);

/// <summary>A series ("Bản tin tuyên giáo") with its newest published issue: a block of the home page.</summary>
public sealed record SeriesLatest(DocumentLabel Series, DocumentCard Latest);
