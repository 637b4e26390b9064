namespace TuyenGiao.Introduction;

/// <summary>Where an admin puts an introduction page's link, besides the list at /gioi-thieu.</summary>
public enum IntroPlacement
{
    None,
    MainMenu,
    Footer,
}

/// <summary>
/// An introduction page ("Giới thiệu", "Chức năng, nhiệm vụ", "Cơ cấu tổ chức"…): a tree of two levels
/// under /gioi-thieu, in Markdown through the articles' pipeline, with an optional English version at
/// /en/… that Decree 42/2022/NĐ-CP (art. 7) asks of an agency's portal for its organisation, functions and contacts.
/// </summary>
public class IntroPage
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 50_000;

    public int Id { get; set; }

    /// <summary>Its address, /gioi-thieu/{slug}; an admin may set it, otherwise it follows the title.</summary>
    public required string Slug { get; set; }

    /// <summary>A second-level page's parent; the tree has two levels, so a parent has none.</summary>
    public int? ParentId { get; set; }

    public int Position { get; set; }
    public IntroPlacement Placement { get; set; }

    /// <summary>"Lãnh đạo Ban": the board's leaders are listed under the text, in the admin's order.</summary>
    public bool ListsLeaders { get; set; }

    public bool IsPublished { get; set; }

    public required string Title { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    /// <summary>The English version's address, /en/{slug}; null while the page has none.</summary>
    public string? EnglishSlug { get; set; }
    public string? EnglishTitle { get; set; }
    public string EnglishBodyMarkdown { get; set; } = "";
    public string EnglishBodyHtml { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public bool HasEnglish => EnglishSlug is not null;
}
