namespace TuyenGiao.Introduction;

/// <summary>What the introduction page form sends; a blank English title means the page has no English version.</summary>
public sealed record IntroPageFields(
    string Title,
    string? Slug,
    string BodyMarkdown,
    int? ParentId,
    int Position,
    IntroPlacement Placement,
    bool ListsLeaders,
    bool IsPublished,
    string? EnglishTitle,
    string? EnglishSlug,
    string? EnglishBodyMarkdown)
{
    public static IntroPageFields Of(IntroPage page) => new(
        page.Title, page.Slug, page.BodyMarkdown, page.ParentId, page.Position, page.Placement, page.ListsLeaders, page.IsPublished,
        page.EnglishTitle, page.EnglishSlug, page.EnglishBodyMarkdown);
}
