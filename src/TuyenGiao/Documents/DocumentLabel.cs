namespace TuyenGiao.Documents;

/// <summary>Which of the library's admin-managed lists a label belongs to.</summary>
public enum DocumentLabelKind
{
    /// <summary>Loại văn bản: Nghị quyết, Chỉ thị, Kế hoạch…</summary>
    Type,

    /// <summary>Cơ quan ban hành: Ban Chấp hành Trung ương, Tỉnh ủy…</summary>
    Issuer,

    /// <summary>Lĩnh vực: Xây dựng Đảng, Tuyên giáo…</summary>
    Field,

    /// <summary>
    /// Ấn phẩm định kỳ: a run of issues under one name, such as "Tài liệu sinh hoạt chi bộ" (monthly) or
    /// "Bản tin tuyên giáo" (numbered). Each issue is a document with its own number and file.
    /// </summary>
    Series,
}

/// <summary>One entry of a list an admin keeps for the document library, in the order the admin sets.</summary>
public class DocumentLabel
{
    public const int NameMaxLength = 150;

    public int Id { get; set; }
    public DocumentLabelKind Kind { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
}
