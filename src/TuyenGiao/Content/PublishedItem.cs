using TuyenGiao.Text;
using TuyenGiao.Validation;

namespace TuyenGiao.Content;

/// <summary>What a save does to an album's or a film's visibility.</summary>
public enum PublicationChoice
{
    /// <summary>Save, and leave it published or a draft as it is (a new one starts as a draft).</summary>
    Keep,
    Publish,
    Unpublish,
}

/// <summary>
/// What the sections beside the news (albums, films) share: a title and the slug that follows it, a
/// Markdown description stored rendered and sanitized and folded for search, a draft or published
/// state, and views.
/// </summary>
public abstract class PublishedItem
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 5000;

    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Follows the title; the id in the URL decides, so an old slug still reaches the page.</summary>
    public required string Slug { get; set; }

    public string DescriptionMarkdown { get; set; } = "";

    /// <summary>The description rendered and sanitized; set only with the Markdown, by <see cref="Describe"/>.</summary>
    public string DescriptionHtml { get; set; } = "";

    /// <summary>Title and description folded for search: lower case, no tones, đ as d.</summary>
    public string SearchText { get; set; } = "";

    public bool IsPublished { get; set; }

    /// <summary>UTC; set at the first publication and kept through later edits.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long ViewCount { get; set; }

    /// <summary>Sets the title and description, and what follows from them: the slug, the safe HTML, the search text.</summary>
    public void Describe(string title, string descriptionMarkdown, MarkdownRenderer renderer, DateTime now)
    {
        Title = title;
        Slug = Text.Slug.FromTitle(title);
        DescriptionMarkdown = descriptionMarkdown;
        DescriptionHtml = renderer.RenderSafeHtml(descriptionMarkdown);
        SearchText = VietnameseText.Fold($"{title}\n{PlainText.FromMarkdown(descriptionMarkdown)}");
        UpdatedAt = now;
    }

    public void Apply(PublicationChoice choice, DateTime now)
    {
        switch (choice)
        {
            case PublicationChoice.Publish:
                IsPublished = true;
                PublishedAt ??= now;
                break;
            case PublicationChoice.Unpublish:
                IsPublished = false;
                break;
        }
    }

    /// <summary>The audit log's words for a save: "Xuất bản album ảnh", "Gỡ phim tư liệu", "Sửa …".</summary>
    public static string ActionName(PublicationChoice choice, string kind) => choice switch
    {
        PublicationChoice.Publish => $"Xuất bản {kind}",
        PublicationChoice.Unpublish => $"Gỡ {kind}",
        _ => $"Sửa {kind}",
    };

    /// <summary>The checks a title and a description get, with messages that name the thing: "Tên album …", "Tên phim …".</summary>
    public static void CheckTitleAndDescription(FieldErrors errors, string title, string descriptionMarkdown, string titleName)
    {
        if (string.IsNullOrEmpty(Text.Slug.FromTitle(title)))
        {
            errors["Title"] = $"{titleName} cần có ít nhất một chữ hoặc số.";
        }
        else if (title.Length > TitleMaxLength)
        {
            errors["Title"] = $"{titleName} dài tối đa {TitleMaxLength} ký tự.";
        }
        if (descriptionMarkdown.Length > DescriptionMaxLength)
        {
            errors["DescriptionMarkdown"] = $"Phần giới thiệu dài tối đa {DescriptionMaxLength} ký tự.";
        }
    }
}
