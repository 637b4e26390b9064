using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TuyenGiao.Content;

/// <summary>
/// A photo with its caption, as the writing desk writes it and as any editor can type it: an image alone in
/// its paragraph, followed by a paragraph that is all in italics. Both are plain Markdown, so they survive the
/// visual editor, a paste and a switch of modes; here they become one <c>&lt;figure&gt;</c> with its
/// <c>&lt;figcaption&gt;</c>, as readers of a news photo expect. (Markdig's <c>^^^</c> figures still work.)
/// </summary>
public static class CaptionedPhotos
{
    public static void Wrap(IHtmlDocument document)
    {
        foreach (var paragraph in document.Body!.Children.Where(e => e.LocalName == "p").ToList())
        {
            if (OnlyElement(paragraph) is not { LocalName: "img" } image
                || paragraph.NextElementSibling is not { LocalName: "p" } next
                || OnlyElement(next) is not { LocalName: "em" } caption)
            {
                continue;
            }
            var figure = document.CreateElement("figure");
            var figcaption = document.CreateElement("figcaption");
            figure.AppendChild(image);
            figcaption.Append([.. caption.ChildNodes]);
            figure.AppendChild(figcaption);
            paragraph.Replace(figure);
            next.Remove();
        }
    }

    /// <summary>The element that is all of this one's content (blank text around it aside), if there is one.</summary>
    private static IElement? OnlyElement(IElement parent)
    {
        var content = parent.ChildNodes.Where(n => n is not IText text || !string.IsNullOrWhiteSpace(text.Data)).ToList();
        return content is [IElement only] ? only : null;
    }
}
