using Markdig;
using TuyenGiao.Text;

namespace TuyenGiao.Content;

/// <summary>What a Markdown body says without its markup: what search indexes and snippets quote.</summary>
public static class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseFigures().UseEmphasisExtras().Build();

    public static string FromMarkdown(string markdown) =>
        UnicodeText.Composed(Markdown.ToPlainText(markdown, Pipeline).Trim());

    /// <summary>What a search snippet quotes from: the sapo, then the body.</summary>
    public static string ForSnippet(string sapo, string bodyMarkdown) => $"{sapo}\n{FromMarkdown(bodyMarkdown)}";
}
