using TuyenGiao.Introduction;

namespace TuyenGiao.Web.Areas.Admin.Pages.Introduction;

/// <summary>The introduction page form; its properties carry <see cref="IntroPageFields"/>' names, so errors land beside them.</summary>
public sealed class IntroPageForm
{
    public string Title { get; set; } = "";
    public string? Slug { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public int? ParentId { get; set; }
    public int Position { get; set; }
    public IntroPlacement Placement { get; set; }
    public bool ListsLeaders { get; set; }
    public bool IsPublished { get; set; }
    public string? EnglishTitle { get; set; }
    public string? EnglishSlug { get; set; }
    public string? EnglishBodyMarkdown { get; set; }

    public IntroPageFields ToFields() => new(
        Title, Slug, BodyMarkdown, ParentId, Position, Placement, ListsLeaders, IsPublished, EnglishTitle, EnglishSlug, EnglishBodyMarkdown);

    public static IntroPageForm Of(IntroPage page) => new()
    {
        Title = page.Title,
        Slug = page.Slug,
        BodyMarkdown = page.BodyMarkdown,
        ParentId = page.ParentId,
        Position = page.Position,
        Placement = page.Placement,
        ListsLeaders = page.ListsLeaders,
        IsPublished = page.IsPublished,
        EnglishTitle = page.EnglishTitle,
        EnglishSlug = page.EnglishSlug,
        EnglishBodyMarkdown = page.EnglishBodyMarkdown,
    };
}
