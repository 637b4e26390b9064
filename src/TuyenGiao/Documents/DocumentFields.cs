namespace TuyenGiao.Documents;

/// <summary>What the document form sends.</summary>
/// <param name="Title">Trích yếu: what the document is about.</param>
/// <param name="DescriptionMarkdown">An optional introduction, in Markdown.</param>
/// <param name="Number">Số/ký hiệu, e.g. 45-NQ/TW.</param>
/// <param name="TypeId">Loại văn bản.</param>
/// <param name="IssuerId">Cơ quan ban hành.</param>
/// <param name="FieldId">Lĩnh vực, optional.</param>
/// <param name="Signer">Người ký.</param>
/// <param name="IssuedOn">Ngày ban hành.</param>
/// <param name="EffectiveOn">Ngày hiệu lực, optional.</param>
/// <param name="Status">Tình trạng.</param>
/// <param name="SupersededByNumber">The number of the document that replaced this one, when superseded.</param>
/// <param name="SeriesId">The series it is an issue of, optional.</param>
/// <param name="IssueName">Which issue ("Tháng 12/2026", "Số 45"), required with a series.</param>
/// <param name="RelatedArticles">The related articles as typed: one article address (or id) a line; see <see cref="RelatedArticleList"/>.</param>
public sealed record DocumentFields(
    string Title,
    string DescriptionMarkdown,
    string Number,
    int TypeId,
    int IssuerId,
    int? FieldId,
    string Signer,
    DateOnly IssuedOn,
    DateOnly? EffectiveOn,
    DocumentStatus Status,
    string? SupersededByNumber,
    int? SeriesId = null,
    string IssueName = "",
    string RelatedArticles = "");
