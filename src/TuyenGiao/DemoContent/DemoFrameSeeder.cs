using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Banners;
using TuyenGiao.Data;
using TuyenGiao.Introduction;
using TuyenGiao.Links;
using TuyenGiao.Time;
using TuyenGiao.Topics;
using static TuyenGiao.DemoContent.DemoSaves;

namespace TuyenGiao.DemoContent;

/// <summary>
/// The demo frame: introduction pages (with English versions), the leaders, links, banners and a running
/// special topic, made through the services an admin's forms use, so the first run shows them as they will look.
/// </summary>
public sealed class DemoFrameSeeder(
    PortalDbContext db, IntroPageEditing pages, LeaderEditing leaders, WebsiteLinks links, BannerEditing banners, TopicEditing topics, TimeProvider clock)
{
    internal async Task SeedAsync(DemoContentFile content, CancellationToken cancellationToken)
    {
        var frame = content.Frame;
        foreach (var page in frame.Pages)
        {
            await AddPageAsync(page, null, cancellationToken);
        }
        foreach (var leader in frame.Leaders)
        {
            Check((await leaders.SaveAsync(null, new LeaderFields(leader.Name, leader.Position, leader.EnglishPosition, leader.Phone, leader.Email, false), null, null, Actor.System, cancellationToken)).Errors, leader.Name);
        }
        foreach (var link in frame.Links)
        {
            Check((await links.SaveAsync(null, new LinkFields(link.Name, link.Url, false), null, null, Actor.System, cancellationToken)).Errors, link.Name);
        }
        var today = VietnamTime.Today(clock.GetUtcNow().UtcDateTime);
        foreach (var banner in frame.Banners)
        {
            var slot = Enum.Parse<BannerSlot>(banner.Slot);
            var (width, height) = slot == BannerSlot.Sponsors ? (480, 160) : (1200, 150);
            using var image = new MemoryStream(DemoBanners.Paint(banner.Text, banner.Colour, width, height));
            var fields = new BannerFields(banner.AltText, banner.Url, slot, today.AddDays(-7), today.AddDays(banner.DaysLeft));
            Check((await banners.SaveAsync(null, fields, image, "banner.png", Actor.System, cancellationToken)).Errors, banner.AltText);
        }
        foreach (var topic in frame.Topics)
        {
            await AddTopicAsync(topic, today, cancellationToken);
        }
    }

    private async Task AddPageAsync(DemoIntroPage demo, int? parentId, CancellationToken cancellationToken)
    {
        var fields = new IntroPageFields(demo.Title, null, string.Join("\n\n", demo.Body), parentId, demo.Position, Enum.Parse<IntroPlacement>(demo.Placement), demo.ListsLeaders, true,
            demo.EnglishTitle, null, demo.EnglishBody is null ? null : string.Join("\n\n", demo.EnglishBody));
        var created = await pages.CreateAsync(fields, Actor.System, cancellationToken);
        Check(created.Errors, demo.Title);
        foreach (var child in demo.Children ?? [])
        {
            await AddPageAsync(child, created.Item!.Id, cancellationToken);
        }
    }

    private async Task AddTopicAsync(DemoTopic demo, DateOnly today, CancellationToken cancellationToken)
    {
        using var banner = new MemoryStream(DemoBanners.Paint(demo.BannerText, "#a50e0e", 1200, 300));
        var fields = new TopicFields(demo.Name, null, demo.Description, today.AddDays(-demo.StartedDaysAgo), today.AddDays(demo.DaysLeft), true, false);
        var saved = await topics.SaveAsync(null, fields, banner, "chuyen-de.png", Actor.System, cancellationToken);
        Check(saved.Errors, demo.Name);
        var articleIds = await db.Articles.Where(a => demo.Articles.Contains(a.Title)).Select(a => a.Id).ToListAsync(cancellationToken);
        db.TopicArticles.AddRange(articleIds.Select(id => new TopicArticle { TopicId = saved.Item!.Id, ArticleId = id }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
