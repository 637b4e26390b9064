using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Topics;

public class TopicTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_editor_ticks_an_article_into_the_topic_and_it_shows_on_the_topic_page_its_feed_and_under_the_article()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var topic = await portal.WithDatabaseAsync(db => db.SpecialTopics.SingleAsync());
        var categoryId = await portal.WithDatabaseAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        var fields = EditorForm.NewArticle(categoryId, "Triển lãm ảnh 115 năm xây dựng quê hương");
        fields["Form.TopicIds"] = topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await EditorForm.CreateArticleAsync(editor, fields, handler: "Publish");
        var editForm = await HtmlPage.GetAsync(editor, $"/admin/bai-viet/{id}");

        var topicPage = await HtmlPage.GetAsync(portal.CreateClient(), $"/chuyen-de/{topic.Slug}");
        var feed = await portal.CreateClient().GetStringAsync($"/rss/chuyen-de/{topic.Slug}");
        var article = await portal.WithDatabaseAsync(db => db.Articles.Include(a => a.Category).SingleAsync(a => a.Id == id));
        var articlePage = await HtmlPage.GetAsync(portal.CreateClient(), $"/{article.Category!.Slug}/{article.Slug}-{id}");

        Assert.NotNull(editForm.Document.QuerySelector($"input[name='Form.TopicIds'][value='{topic.Id}'][checked]"));
        Assert.Equal(HttpStatusCode.OK, topicPage.Status);
        Assert.Contains("Triển lãm ảnh 115 năm xây dựng quê hương", topicPage.Texts(".card-title"));
        Assert.Contains("Triển lãm ảnh 115 năm xây dựng quê hương", feed);
        Assert.Contains(topic.Name, articlePage.Text(".article-topics"));
        Assert.NotEmpty(articlePage.Texts("#moi-nhat + ul a"));
    }

    [Fact]
    public async Task A_topic_whose_end_precedes_its_start_is_refused_beside_the_end_date()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var response = await editor.PostFormAsync("/admin/chuyen-de", new Dictionary<string, string>
        {
            ["Form.Name"] = "Chuyên đề ngày sai",
            ["Form.StartsOn"] = "2026-12-10",
            ["Form.EndsOn"] = "2026-12-01",
            ["Form.DescriptionMarkdown"] = "Mô tả đã gõ.",
        });
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("phải từ ngày bắt đầu", page.Text("[data-valmsg-for='Form.EndsOn']"));
        Assert.Equal("Mô tả đã gõ.", page.Document.QuerySelector("textarea[name='Form.DescriptionMarkdown']")!.TextContent.Trim());
        Assert.False(await portal.WithDatabaseAsync(db => db.SpecialTopics.AnyAsync(t => t.Name == "Chuyên đề ngày sai")));
    }
}
