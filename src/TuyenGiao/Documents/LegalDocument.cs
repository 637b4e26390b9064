using TuyenGiao.Articles;
using TuyenGiao.Content;
using TuyenGiao.Text;

namespace TuyenGiao.Documents;

/// <summary>
/// A document of the library ("Văn bản"): a resolution, a directive, a plan… with the fields Decree
/// 42/2022/NĐ-CP asks a portal to show. Its <see cref="PublishedItem.Title"/> is the summary ("trích yếu").
/// </summary>
public class LegalDocument : PublishedItem
{
    public const int NumberMaxLength = 50;
    public const int SignerMaxLength = 100;
    public const int IssueNameMaxLength = 50;

    /// <summary>Số/ký hiệu as the document prints it: <c>45-NQ/TW</c>.</summary>
    public required string Number { get; set; }

    /// <summary>The number as searched: <see cref="DocumentNumber.Key"/>.</summary>
    public string NumberKey { get; set; } = "";

    public int TypeId { get; set; }
    public DocumentLabel? Type { get; set; }

    public int IssuerId { get; set; }
    public DocumentLabel? Issuer { get; set; }

    /// <summary>Lĩnh vực; optional.</summary>
    public int? FieldId { get; set; }
    public DocumentLabel? Field { get; set; }

    /// <summary>Người ký.</summary>
    public string Signer { get; set; } = "";

    /// <summary>Ngày ban hành (Vietnam calendar).</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>Ngày hiệu lực; unknown or the same as issued when empty.</summary>
    public DateOnly? EffectiveOn { get; set; }

    public DocumentStatus Status { get; set; }

    /// <summary>The document that replaced this one, when <see cref="Status"/> is superseded.</summary>
    public int? SupersededById { get; set; }
    public LegalDocument? SupersededBy { get; set; }

    /// <summary>The series this is an issue of ("Tài liệu sinh hoạt chi bộ"), if any.</summary>
    public int? SeriesId { get; set; }
    public DocumentLabel? Series { get; set; }

    /// <summary>Which issue of its series: "Tháng 12/2026", "Số 45". Empty outside a series.</summary>
    public string IssueName { get; set; } = "";

    public List<DocumentFile> Files { get; set; } = [];

    /// <summary>The articles that cite or explain this document, shown on both pages.</summary>
    public List<Article> RelatedArticles { get; set; } = [];

    public long DownloadCount { get; set; }

    /// <summary>The files readers get: those no later upload replaced.</summary>
    public IEnumerable<DocumentFile> CurrentFiles => Files.Where(f => f.ReplacedAt is null);

    /// <summary>
    /// What search reads, folded: the summary and description (as <see cref="PublishedItem.Describe"/> set
    /// them), the number, the issue, the signer and the text inside the current files. Call after any of them changes.
    /// </summary>
    public void RefreshSearchText()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Title).Append('\n').Append(Number).Append('\n').Append(IssueName).Append('\n').Append(Signer).Append('\n').Append(PlainText.FromMarkdown(DescriptionMarkdown));
        foreach (var file in CurrentFiles)
        {
            text.Append('\n').Append(file.Text);
        }
        SearchText = VietnameseText.Fold(text.ToString());
    }

    /// <summary>Where a confidentiality mark could be, in the order the guard looks, each named as an editor reads it.</summary>
    public IEnumerable<(string Where, string Text)> PlacesToCheck()
    {
        yield return ("số/ký hiệu", Number);
        yield return ("trích yếu", Title);
        yield return ("người ký", Signer);
        yield return ("phần giới thiệu", DescriptionMarkdown);
        foreach (var file in CurrentFiles)
        {
            yield return ($"tệp “{file.FileName}”", file.Text);
        }
    }
}
