using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

/// <summary>Series ("Tài liệu sinh hoạt chi bộ", "Bản tin tuyên giáo") and the links between documents and articles.</summary>
public sealed class DocumentSeriesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<Dictionary<string, string>> IssueFieldsAsync(string number, string title, string series, string issue, string related = "")
    {
        var fields = await DocumentNewsroom.FieldsAsync(portal, number, title, type: "Hướng dẫn", issuedOn: "2026-11-28");
        fields["Form.SeriesId"] = (await DocumentNewsroom.LabelAsync(portal, series)).ToString(CultureInfo.InvariantCulture);
        fields["Form.IssueName"] = issue;
        fields["Form.RelatedArticles"] = related;
        return fields;
    }

    [Fact]
    public async Task A_new_issue_leads_its_series_page_the_home_page_block_and_the_series_feed()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = await IssueFieldsAsync("08-HD/BTGTU", "Hướng dẫn sinh hoạt chi bộ tháng 1 năm 2027", "Tài liệu sinh hoạt chi bộ", "Tháng 1/2027");
        fields["Form.IssuedOn"] = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reader = portal.CreateClient();
        var homeBefore = await HtmlPage.GetAsync(reader, "/");
        var seriesId = await DocumentNewsroom.LabelAsync(portal, "Tài liệu sinh hoạt chi bộ");

        var id = await DocumentNewsroom.PublishedAsync(editor, fields, "Sinh hoạt chi bộ tháng 1.pdf", DemoDocumentFiles.Pdf(["Chuyên đề tháng 1: mừng Đảng, mừng Xuân."]));

        // The home page was cached before; publishing the issue evicted it.
        Assert.DoesNotContain("Tháng 1/2027", homeBefore.BodyText);
        var home = await HtmlPage.GetAsync(reader, "/");
        var block = home.Document.QuerySelector($"section[aria-labelledby='an-pham-{seriesId}']")!;
        Assert.Equal("Tài liệu sinh hoạt chi bộ", block.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Hướng dẫn sinh hoạt chi bộ tháng 1 năm 2027", block.QuerySelector(".document-title a")!.TextContent.Trim());
        var seriesUrl = block.QuerySelector("h2 a")!.GetAttribute("href")!;
        Assert.Equal($"/van-ban/an-pham/tai-lieu-sinh-hoat-chi-bo-{seriesId}", seriesUrl);

        var series = await HtmlPage.GetAsync(reader, seriesUrl);
        Assert.Equal(HttpStatusCode.OK, series.Status);
        Assert.Equal("Tài liệu sinh hoạt chi bộ", series.Text("h1"));
        Assert.Equal(["Tháng 1/2027", "Tháng 12/2026", "Tháng 11/2026"], series.Texts(".document-number strong").Take(3));

        var document = await HtmlPage.GetAsync(reader, $"/van-ban/huong-dan-sinh-hoat-chi-bo-thang-1-nam-2027-{id}");
        Assert.Contains("Tài liệu sinh hoạt chi bộ, Tháng 1/2027", document.Texts(".document-fields td"));

        var feed = XDocument.Parse(await reader.GetStringAsync($"/rss/van-ban/tai-lieu-sinh-hoat-chi-bo-{seriesId}"));
        var first = feed.Descendants("item").First();
        Assert.Equal("Tài liệu sinh hoạt chi bộ Tháng 1/2027: Hướng dẫn sinh hoạt chi bộ tháng 1 năm 2027", first.Element("title")!.Value);
        Assert.EndsWith($"-{id}", first.Element("link")!.Value);
    }

    [Fact]
    public async Task A_series_link_with_an_old_slug_is_redirected_and_an_unknown_series_is_not_found()
    {
        var seriesId = await DocumentNewsroom.LabelAsync(portal, "Bản tin tuyên giáo");
        var reader = portal.CreateClientWithoutRedirects();

        using var moved = await reader.GetAsync($"/van-ban/an-pham/ten-cu-{seriesId}");
        using var type = await reader.GetAsync($"/van-ban/an-pham/nghi-quyet-{await DocumentNewsroom.LabelAsync(portal, "Nghị quyết")}");
        using var missing = await reader.GetAsync("/van-ban/an-pham/khong-co-999999");
        using var missingFeed = await reader.GetAsync("/rss/van-ban/khong-co-999999");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/van-ban/an-pham/ban-tin-tuyen-giao-{seriesId}", moved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, type.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingFeed.StatusCode);
    }

    [Fact]
    public async Task A_document_linked_to_an_article_shows_under_it_and_the_article_shows_on_the_document()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var (articleId, articleUrl) = await portal.PublishArticleAsync("Quán triệt nghị quyết về phát triển văn hóa đọc", TimeSpan.FromHours(2));
        var fields = await DocumentNewsroom.FieldsAsync(portal, "09-NQ/TU", "Nghị quyết về phát triển văn hóa đọc");
        // As an editor pastes it: the full address, with the site's host.
        fields["Form.RelatedArticles"] = $"https://tuyengiao.example.vn{articleUrl}";
        var reader = portal.CreateClient();

        var id = await DocumentNewsroom.PublishedAsync(editor, fields, "NQ 09.pdf", DemoDocumentFiles.Pdf(["Phát triển văn hóa đọc trong cộng đồng."]));

        var article = await HtmlPage.GetAsync(reader, articleUrl);
        Assert.Equal(["Nghị quyết số 09-NQ/TU: Nghị quyết về phát triển văn hóa đọc"], article.Texts("#van-ban-lien-quan + ul li"));
        var document = await HtmlPage.GetAsync(reader, $"/van-ban/nghi-quyet-ve-phat-trien-van-hoa-doc-{id}");
        Assert.StartsWith("Quán triệt nghị quyết về phát triển văn hóa đọc", document.Text("#bai-viet-lien-quan + ul li"));
        // The editor's form shows the link as the article's address.
        var form = EditorForm.ValuesOf(await HtmlPage.GetAsync(editor, DocumentNewsroom.EditPage(id)));
        Assert.Equal(articleUrl, form["Form.RelatedArticles"]);
        Assert.True(await portal.WithDatabaseAsync(db => db.LegalDocuments.AnyAsync(d => d.Id == id && d.RelatedArticles.Any(a => a.Id == articleId))));
    }

    [Theory]
    [InlineData("Bản tin tuyên giáo", "", "", "Form.IssueName", "Vui lòng ghi kỳ hoặc số của ấn phẩm, ví dụ “Tháng 12/2026” hoặc “Số 45”.")]
    [InlineData("Nghị quyết", "Số 3", "", "Form.SeriesId", "Vui lòng chọn ấn phẩm định kỳ trong danh sách.")]
    [InlineData("Bản tin tuyên giáo", "Số 3", "45-NQ/TW", "Form.RelatedArticles", "Không đọc được dòng “45-NQ/TW”: mỗi dòng dán địa chỉ một bài viết trên cổng (hoặc mã số của bài).")]
    [InlineData("Bản tin tuyên giáo", "Số 3", "/thoi-su/bai-da-xoa-987654", "Form.RelatedArticles", "Không có bài viết mã số 987654 trên cổng.")]
    public async Task A_wrong_series_issue_or_article_link_is_refused_beside_its_field_and_the_form_keeps_what_was_typed(
        string series, string issue, string related, string field, string message)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = await IssueFieldsAsync("12-BT/BTGTU", "Bản tin có lỗi", series, issue, related);

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{DocumentNewsroom.NewPage}?handler=Save", fields, DocumentNewsroom.NewPage));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.Text($"[data-valmsg-for='{field}']"));
        var values = EditorForm.ValuesOf(page);
        Assert.Equal(issue, values["Form.IssueName"]);
        Assert.Equal(related, values["Form.RelatedArticles"]);
        Assert.Equal("Bản tin có lỗi", values["Form.Title"]);
    }

    [Fact]
    public async Task A_series_with_issues_cannot_be_deleted()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var seriesId = await DocumentNewsroom.LabelAsync(portal, "Bản tin tuyên giáo");

        var page = await HtmlPage.FromResponseAsync(await admin.PostFormAsync($"/admin/van-ban/danh-muc?handler=Delete&id={seriesId}", new Dictionary<string, string>(), "/admin/van-ban/danh-muc"));

        Assert.Contains("Không xóa được “Bản tin tuyên giáo”: 2 văn bản đang dùng.", page.BodyText);
        Assert.True(await portal.WithDatabaseAsync(db => db.DocumentLabels.AnyAsync(l => l.Id == seriesId)));
    }
}
