using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Articles;
using TuyenGiao.Topics;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;

namespace TuyenGiao.Web.Pages.Topics;

/// <summary>A special topic's page: its banner, what it is about, and its articles from every category.</summary>
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedTopics topics, PublishedArticles articles) : PageModel
{
    private const int PageSize = 12;

    public SpecialTopic Topic { get; private set; } = null!;
    public Paged<ArticleCard> Articles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = SiteUrls.PageQueryKey)] int page = 1, CancellationToken cancellationToken = default)
    {
        var topic = await topics.BySlugAsync(slug, cancellationToken);
        if (topic is null || page < 1)
        {
            return NotFound();
        }
        var articlesPage = await articles.PageInTopicAsync(topic.Id, page, PageSize, cancellationToken);
        if (page > articlesPage.PageCount)
        {
            return NotFound();
        }
        Topic = topic;
        Articles = articlesPage;
        return Page();
    }
}
