using TuyenGiao.Articles;

namespace TuyenGiao.Web.Pages.Articles;

/// <summary>The model of the article partial: the article, and its views (none in a preview).</summary>
public sealed record ArticleMainView(Article Article, long? ViewCount);
