using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace TuyenGiao.Content;

/// <summary>
/// The one content pipeline: Markdown → HTML → sanitizer with an explicit allow-list. Whatever an editor
/// types (raw HTML included) goes through here before it is stored, and only the result reaches a page.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr", "cite", "q",
        "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "code", "pre", "span",
    ];

    private static readonly string[] AllowedAttributes =
    [
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "align", "start", "loading",
    ];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFigures()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            // Tags outside the list vanish together with their content (a <script> body must not turn into text).
            KeepChildNodes = false,
        };
        _sanitizer.PostProcessNode += (_, e) => AdjustForReaders(e.Node);
        _sanitizer.PostProcessDom += (_, e) => CaptionedPhotos.Wrap(e.Document);
    }

    public string RenderSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, _pipeline);
        return _sanitizer.Sanitize(html).Trim();
    }

    // Images in a body are below the fold on a phone, uploaded ones come in several widths, and links
    // out of the site must not pass our reader's session or rank to the other site.
    private static void AdjustForReaders(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }
        if (element.LocalName == "img")
        {
            element.SetAttribute("loading", "lazy");
            if (ResponsiveImages.SrcSet(element.GetAttribute("src")) is { } srcset)
            {
                element.SetAttribute("srcset", srcset);
                element.SetAttribute("sizes", ResponsiveImages.Sizes);
            }
        }
        else if (element.LocalName == "a" && element.GetAttribute("href") is { } href && IsExternal(href))
        {
            element.SetAttribute("rel", "nofollow noopener noreferrer");
        }
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("//", StringComparison.Ordinal);
}
