using TuyenGiao.Categories;
using TuyenGiao.Content;

namespace TuyenGiao.Articles;

/// <summary>
/// An unsaved article as the public page would show it: the body goes through the same renderer and
/// sanitizer a save runs, so the preview is what readers will get.
/// </summary>
public sealed class ArticlePreview(MarkdownRenderer renderer)
{
    public Article Build(ArticleContent content, Category category, DateTime publishedAt)
    {
        var article = new Article { Title = content.Title, Slug = "", Category = category, PublishedAt = publishedAt };
        content.CopyTo(article);
        // The editor sees the refusal when saving; the preview just leaves such a cover out.
        if (!CoverImageAddress.IsAcceptable(article.CoverImageUrl))
        {
            article.CoverImageUrl = null;
        }
        article.BodyHtml = renderer.RenderSafeHtml(content.BodyMarkdown);
        return article;
    }
}
