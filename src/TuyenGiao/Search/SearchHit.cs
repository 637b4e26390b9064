using TuyenGiao.Articles;

namespace TuyenGiao.Search;

/// <param name="Card">The article as lists show it.</param>
/// <param name="TitleHtml">The title, HTML-encoded, with the query's words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">A passage around the first match, encoded and marked the same way.</param>
public sealed record SearchHit(ArticleCard Card, string TitleHtml, string SnippetHtml);
