using TuyenGiao.Introduction;

namespace TuyenGiao.Web.Pages.Introduction;

/// <summary>An introduction page in one of its languages, with the tree beside it and, on "Lãnh đạo Ban", the leaders.</summary>
public sealed record IntroPageView(IntroPage Page, IntroTree Tree, IReadOnlyList<Leader> Leaders, bool English)
{
    public string Title => English ? Page.EnglishTitle! : Page.Title;
    public string BodyHtml => English ? Page.EnglishBodyHtml : Page.BodyHtml;
}
