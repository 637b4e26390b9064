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

    [Fact]
    public async Task The_menu_and_footer_kept_as_html_show_a_renamed_category_and_new_settings_at_once()
    {
        var (_, url) = await portal.PublishArticleAsync("Tin khoa giáo trước khi đổi tên", TimeSpan.FromHours(2));
        var before = await HtmlPage.GetAsync(portal.CreateClient(), url);
        var newName = $"Khoa giáo – Công nghệ {Guid.NewGuid():N}"[..30];
        var newBoard = $"Ban Tuyên giáo thử {Guid.NewGuid():N}"[..28];
        await portal.WithDatabaseAsync(async db =>
        {
            (await db.Categories.FirstAsync(c => c.Slug == "khoa-giao")).Name = newName;
            (await db.SiteSettings.FirstAsync()).BoardName = newBoard;
            await db.SaveChangesAsync();
        });

        var after = await HtmlPage.GetAsync(portal.CreateClient(), url);

        Assert.DoesNotContain(newName, before.Texts("nav.menu a"));
        Assert.Contains(newName, after.Texts("nav.menu a"));
        Assert.Equal(newBoard, after.Text(".site-footer .footer-board"));
    }

    [Fact]
    public async Task The_side_column_kept_as_html_lists_a_new_article_beside_others_but_never_beside_itself()
    {
        var (_, olderUrl) = await portal.PublishArticleAsync("Tin khoa giáo đăng từ sáng", TimeSpan.FromHours(1));
        await HtmlPage.GetAsync(portal.CreateClient(), olderUrl);
        var (_, newestUrl) = await portal.PublishArticleAsync("Tin khoa giáo vừa lên trang", TimeSpan.FromSeconds(5));

        // The older article's side column is kept first; the newest article's must not be that same HTML.
        var older = await HtmlPage.GetAsync(portal.CreateClient(), olderUrl);
        var newest = await HtmlPage.GetAsync(portal.CreateClient(), newestUrl);

        Assert.Contains("Tin khoa giáo vừa lên trang", older.Texts("#moi-nhat + ul a"));
        Assert.DoesNotContain("Tin khoa giáo vừa lên trang", newest.Texts("#moi-nhat + ul a"));
        Assert.Contains("Tin khoa giáo đăng từ sáng", newest.Texts("#moi-nhat + ul a"));
    }
}
