using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Browser;

/// <summary>What a phone on a weak network downloads to show an article the first time.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class PageWeightTests(BrowserSession session)
{
    private const int BudgetBytes = 50 * 1024;

    [Fact]
    public async Task The_first_load_of_the_longest_article_is_within_50_KB_from_this_site_alone_without_web_fonts()
    {
        var url = await session.Portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).Where(a => a.Status == ArticleStatus.Published)
                .OrderByDescending(a => a.BodyMarkdown.Length).FirstAsync();
            return $"/{article.Category!.Slug}/{article.Slug}-{article.Id}";
        });
        var page = await session.NewPageAsync(BrowserSession.Phone);
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => finished.Add(request);

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var counted = new List<(string Url, string Type, long Bytes)>();
        foreach (var request in finished.Where(r => r.ResourceType != "image"))
        {
            var sizes = await request.SizesAsync();
            counted.Add((request.Url, request.ResourceType, sizes.ResponseHeadersSize + sizes.ResponseBodySize));
        }
        var total = counted.Sum(r => r.Bytes);
        var listing = string.Join("\n", counted.Select(r => $"{r.Bytes,7} {r.Type,-10} {r.Url}"));

        Assert.Contains(counted, r => r.Type == "document");
        Assert.Contains(counted, r => r.Type == "stylesheet");
        Assert.True(total <= BudgetBytes, $"{total} bytes over the wire, budget {BudgetBytes}:\n{listing}");
        Assert.All(finished, r => Assert.StartsWith(session.Portal.BaseUrl, r.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(finished, r => r.ResourceType == "font");
        // The body text is in a system font the phone already has, Vietnamese included.
        var fontFamily = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.article-body')).fontFamily");
        Assert.Contains("system-ui", fontFamily, StringComparison.Ordinal);
    }
}
