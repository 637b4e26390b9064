using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Tests.Support;
using TuyenGiao.Web.Caching;

namespace TuyenGiao.Tests.Caching;

/// <summary>Lists held in memory between content changes are read once, and read again after every change.</summary>
public sealed class PublicContentMemoTests(UncachedPortal portal) : IClassFixture<UncachedPortal>
{
    private PublicContentMemo Memo => portal.Services.GetRequiredService<PublicContentMemo>();

    [Fact]
    public async Task A_value_is_read_once_and_read_again_after_a_save_readers_would_see()
    {
        var reads = 0;
        Task<int> Read() => Task.FromResult(++reads);
        var key = $"thu-{Guid.NewGuid():N}";

        var first = await Memo.GetAsync(key, Read, CancellationToken.None);
        var second = await Memo.GetAsync(key, Read, CancellationToken.None);
        await portal.WithDatabaseAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            category.Description = $"Mô tả đổi lúc {DateTime.UtcNow:O}";
            await db.SaveChangesAsync();
        });
        var afterChange = await Memo.GetAsync(key, Read, CancellationToken.None);

        Assert.Equal((1, 1, 2), (first, second, afterChange));
    }

    [Fact]
    public async Task A_value_read_while_a_change_was_being_saved_is_not_kept_past_that_change()
    {
        var reads = 0;
        var store = portal.Services.GetRequiredService<IOutputCacheStore>();
        var key = $"thu-{Guid.NewGuid():N}";

        // The change is saved (and the pages evicted) while the value is being read: it may be the old one.
        var during = await Memo.GetAsync(key, async () =>
        {
            await store.EvictByTagAsync(PublicPagePolicy.Tag, CancellationToken.None);
            return ++reads;
        }, CancellationToken.None);
        var after = await Memo.GetAsync(key, () => Task.FromResult(++reads), CancellationToken.None);

        Assert.Equal((1, 2), (during, after));
    }

    [Fact]
    public async Task An_article_published_in_a_category_joins_the_related_list_of_its_neighbours_at_once()
    {
        var (_, firstUrl) = await portal.PublishArticleAsync("Tin khoa giáo thứ nhất", TimeSpan.FromMinutes(30));
        var before = await HtmlPage.GetAsync(portal.CreateClient(), firstUrl);
        await portal.PublishArticleAsync("Tin khoa giáo mới đăng", TimeSpan.FromMinutes(1));

        var after = await HtmlPage.GetAsync(portal.CreateClient(), firstUrl);

        Assert.DoesNotContain("Tin khoa giáo mới đăng", before.Texts("#tin-lien-quan + ul a, #tin-lien-quan ~ * a"));
        Assert.Contains("Tin khoa giáo mới đăng", after.Texts("#tin-lien-quan ~ * a"));
        Assert.DoesNotContain("Tin khoa giáo thứ nhất", after.Texts("#tin-lien-quan ~ * a"));
    }
}
