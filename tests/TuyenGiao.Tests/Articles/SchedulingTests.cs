using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;

namespace TuyenGiao.Tests.Articles;

/// <summary>The app on a clock the test moves forward, its publisher run by hand after each move.</summary>
public sealed class SchedulingPortal : PortalFactory
{
    public TestClock Clock { get; } = new(DateTime.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Publishing:CheckSeconds", "3600");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class SchedulingTests(SchedulingPortal portal) : IClassFixture<SchedulingPortal>
{
    private static string LocalInput(DateTime utc) => VietnamTime.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Editor, int Id, Dictionary<string, string> Form)> DraftAsync(string title)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var categoryId = await portal.WithDatabaseAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.NewArticle(categoryId, title));
        return (editor, id, await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}"));
    }

    [Fact]
    public async Task A_scheduled_article_stays_hidden_until_its_time_then_the_publisher_publishes_it_at_that_time()
    {
        var (editor, id, form) = await DraftAsync("Bài hẹn giờ đăng sáng mai");
        var due = portal.Clock.UtcNow.AddMinutes(30);
        form["Form.ScheduleAt"] = LocalInput(due);
        using var schedule = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Schedule", form, $"/admin/bai-viet/{id}");
        var editPage = await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{id}");
        var publisher = portal.Services.GetRequiredService<ScheduledPublisher>();
        var stored = await portal.StoredArticleAsync(id);
        var publicUrl = $"/{stored.Category!.Slug}/{stored.Slug}-{id}";

        var publishedEarly = await publisher.PublishDueAsync();
        var beforeTime = await portal.CreateClient().GetAsync(publicUrl);
        var homeBeforeTime = await HtmlPage.GetAsync(portal.CreateClient(), "/");
        portal.Clock.UtcNow = due.AddMinutes(1);
        var publishedOnTime = await publisher.PublishDueAsync();
        var afterTime = await portal.CreateClient().GetAsync(publicUrl);
        // The home page was cached before the time; the publisher's save evicts it.
        var homeAfterTime = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        Assert.Contains($"sẽ tự động đăng lúc {VietnamTime.ToLocal(due):HH:mm}", editPage.Text(".notice"));
        Assert.Equal(0, publishedEarly);
        Assert.Equal(HttpStatusCode.NotFound, beforeTime.StatusCode);
        Assert.Equal(1, publishedOnTime);
        Assert.Equal(HttpStatusCode.OK, afterTime.StatusCode);
        Assert.DoesNotContain("Bài hẹn giờ đăng sáng mai", homeBeforeTime.Html);
        Assert.Contains("Bài hẹn giờ đăng sáng mai", homeAfterTime.Html);
        var published = await portal.StoredArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.Equal(due.AddTicks(-(due.Ticks % TimeSpan.TicksPerMinute)), published.PublishedAt);
        Assert.True(await portal.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.RecordId == id.ToString(CultureInfo.InvariantCulture) && e.Action == "Tự động đăng bài đã hẹn giờ")));
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused_beside_the_field_and_nothing_typed_is_lost()
    {
        var (editor, id, form) = await DraftAsync("Bài hẹn nhầm giờ");
        form["Form.ScheduleAt"] = LocalInput(portal.Clock.UtcNow.AddHours(-1));
        form["Form.BodyMarkdown"] = "Đoạn vừa gõ thêm trước khi hẹn giờ.";

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Schedule", form, $"/admin/bai-viet/{id}"));

        Assert.Equal("Thời điểm hẹn giờ phải ở tương lai.", page.Text("[data-valmsg-for='Form.ScheduleAt']"));
        Assert.Equal("Đoạn vừa gõ thêm trước khi hẹn giờ.", EditorForm.ValuesOf(page)["Form.BodyMarkdown"]);
        Assert.Equal(ArticleStatus.Draft, (await portal.StoredArticleAsync(id)).Status);
    }
}

public sealed class ScheduledPublishingRestartTests : DataFolderTest
{
    [Fact]
    public async Task An_article_that_fell_due_while_the_site_was_down_is_published_when_it_starts_again()
    {
        int id;
        string url;
        await using (var before = PortalFactory.OnDataFolder(DataFolder))
        {
            using var scope = before.Services.CreateScope();
            var categoryId = await before.WithDatabaseAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
            var saved = await scope.ServiceProvider.GetRequiredService<ArticleEditing>().CreateAsync(
                new ArticleSave(new ArticleContent("Bài hẹn giờ qua đêm", "", "Nội dung.", categoryId, null, null, null, null, false),
                    0, PublishChoice.Schedule, DateTime.UtcNow.AddSeconds(2)),
                EditorialRights.Everything(Actor.System));
            id = saved.Article!.Id;
            url = await before.PublicUrlAsync(id);
            Assert.Equal(HttpStatusCode.NotFound, (await before.CreateClient().GetAsync(url)).StatusCode);
        }
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        await using var after = PortalFactory.OnDataFolder(DataFolder);
        var client = after.CreateClient();
        var status = HttpStatusCode.NotFound;
        // The first pass runs as the app starts, beside the first requests.
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await client.GetAsync(url)).StatusCode;
            await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
