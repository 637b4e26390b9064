using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Media;

public partial class ImageUploadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Editor, Dictionary<string, string> Form)> NewArticleFormAsync(string body)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var categoryId = await portal.WithDatabaseAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        var form = EditorForm.NewArticle(categoryId, "Bài có ảnh hội nghị", body);
        form["UploadTarget"] = "body";
        return (editor, form);
    }

    [Fact]
    public async Task A_renamed_file_that_is_not_an_image_is_refused_and_the_form_comes_back_whole()
    {
        var (editor, form) = await NewArticleFormAsync("Đoạn mở đầu đã viết.");
        var imagesBefore = await portal.WithDatabaseAsync(db => db.MediaImages.CountAsync());

        var page = await HtmlPage.FromResponseAsync(await editor.PostWithFileAsync(
            "/admin/bai-viet/moi?handler=Upload", form, "anh-hoi-nghi.jpg", Encoding.UTF8.GetBytes("<?php echo 'không phải ảnh'; ?>"), "/admin/bai-viet/moi"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tệp “anh-hoi-nghi.jpg” không phải ảnh JPEG, PNG hoặc WebP.", page.Text("#upload-error"));
        Assert.Equal("Đoạn mở đầu đã viết.", EditorForm.ValuesOf(page)["Form.BodyMarkdown"]);
        Assert.Equal("Bài có ảnh hội nghị", EditorForm.ValuesOf(page)["Form.Title"]);
        Assert.Equal(imagesBefore, await portal.WithDatabaseAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task An_uploaded_photo_is_stored_at_three_widths_inserted_into_the_body_and_served_with_a_srcset()
    {
        var (editor, form) = await NewArticleFormAsync("Đoạn mở đầu.");

        var page = await HtmlPage.FromResponseAsync(await editor.PostWithFileAsync(
            "/admin/bai-viet/moi?handler=Upload", form, "hoi-nghi.png", TestImages.Png(2000, 1000), "/admin/bai-viet/moi"));
        var body = EditorForm.ValuesOf(page)["Form.BodyMarkdown"];
        var url = MarkdownImage().Match(body).Groups["url"].Value;

        Assert.StartsWith("Đoạn mở đầu.\n\n![hoi-nghi](/media/", body);
        Assert.EndsWith("-1600.png", url);
        foreach (var (width, height) in new[] { (480, 240), (960, 480), (1600, 800) })
        {
            using var response = await editor.GetAsync(url.Replace("-1600.png", $"-{width}.png", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal((width, height), TestImages.SizeOf(await response.Content.ReadAsByteArrayAsync()));
        }

        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.ValuesOf(page), "Publish");
        var path = await portal.PublicUrlAsync(id);
        var article = await HtmlPage.GetAsync(portal.CreateClient(), path);
        var image = article.Document.QuerySelector(".article-body img")!;
        var stem = url[..^"-1600.png".Length];
        Assert.Equal($"{stem}-480.png 480w, {stem}-960.png 960w, {stem}-1600.png 1600w", image.GetAttribute("srcset"));
        Assert.Equal("hoi-nghi", image.GetAttribute("alt"));
    }

    [Fact]
    public async Task Drag_and_drop_gets_the_markdown_of_a_small_photo_stored_once_at_its_own_width()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var response = await editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), "lang-que.jpg", TestImages.Jpeg(300, 200), "/admin/anh");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var url = json.GetProperty("url").GetString()!;
        var library = await HtmlPage.GetAsync(editor, "/admin/anh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}-300\\.jpg$", url);
        Assert.Equal($"![lang-que]({url})", json.GetProperty("markdown").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url.Replace("-300.jpg", "-480.jpg", StringComparison.Ordinal))).StatusCode);
        Assert.Contains($"![lang-que]({url})", library.Texts(".media-grid code"));
    }

    [Fact]
    public async Task The_writing_desks_picker_finds_photos_by_part_of_their_name_newest_first_a_page_at_a_time()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var urls = new List<string>();
        for (var i = 1; i <= 14; i++)
        {
            using var response = await editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), $"dai-hoi-{tag}-{i}.jpg", TestImages.Jpeg(300, 200), "/admin/anh");
            urls.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!);
        }

        var first = await PickerAsync(editor, $"?handler=Picker&q=HOI-{tag}&trang=1");
        var second = await PickerAsync(editor, $"?handler=Picker&q=hoi-{tag}&trang=2");
        var none = await PickerAsync(editor, "?handler=Picker&q=%25_khong-co-anh-nao");
        using var strange = await editor.GetAsync("/admin/anh?handler=Picker&q=%00%27%22&trang=99999999999");

        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        Assert.Equal(Enumerable.Range(3, 12).Select(i => $"dai-hoi-{tag}-{17 - i}.jpg"), first.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(urls[13], first.GetProperty("images")[0].GetProperty("url").GetString());
        Assert.Equal(urls[13], first.GetProperty("images")[0].GetProperty("thumbnail").GetString());
        Assert.Equal([$"dai-hoi-{tag}-2.jpg", $"dai-hoi-{tag}-1.jpg"], second.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Empty(none.GetProperty("images").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, strange.StatusCode);
    }

    private static async Task<JsonElement> PickerAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/admin/anh" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_browser_that_accepts_WebP_gets_the_smaller_WebP_twin_under_the_same_URL()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        using var uploaded = await editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), "dong-lua.jpg", TestImages.Jpeg(1200, 800), "/admin/anh");
        var url = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;

        async Task<(string Type, byte[] Bytes, string Vary)> FetchAsync(string accept)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await portal.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (response.Content.Headers.ContentType!.MediaType!, await response.Content.ReadAsByteArrayAsync(), string.Join(",", response.Headers.Vary));
        }
        var chrome = await FetchAsync("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8");
        var oldBrowser = await FetchAsync("image/png,image/*;q=0.8,*/*;q=0.5");

        Assert.Equal("image/webp", chrome.Type);
        Assert.Equal("RIFF"u8.ToArray(), chrome.Bytes[..4]);
        Assert.Equal("image/jpeg", oldBrowser.Type);
        Assert.True(chrome.Bytes.Length < oldBrowser.Bytes.Length, $"WebP {chrome.Bytes.Length} bytes, JPEG {oldBrowser.Bytes.Length}");
        Assert.Contains("Accept", chrome.Vary);
        Assert.Contains("Accept", oldBrowser.Vary);
    }

    [Fact]
    public async Task An_image_over_the_size_limit_is_refused_with_the_limit_named()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var huge = new byte[(10 * 1024 * 1024) + 1];
        TestImages.Png(10, 10).CopyTo(huge, 0);

        using var response = await editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), "rat-lon.png", huge, "/admin/anh");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ảnh “rat-lon.png” quá lớn: mỗi ảnh tối đa 10 MB.", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_upload_can_become_the_cover_image()
    {
        var (editor, form) = await NewArticleFormAsync("Nội dung.");
        form["UploadTarget"] = "cover";

        var page = await HtmlPage.FromResponseAsync(await editor.PostWithFileAsync(
            "/admin/bai-viet/moi?handler=Upload", form, "bia.jpg", TestImages.Jpeg(1200, 675), "/admin/bai-viet/moi"));
        var values = EditorForm.ValuesOf(page);

        Assert.Matches("^/media/.+-1200\\.jpg$", values["Form.CoverImageUrl"]);
        Assert.Equal("Nội dung.", values["Form.BodyMarkdown"]);
        Assert.Contains("đặt làm ảnh đại diện", page.Text(".notice"));
        // Said once, about that upload; the next page the editor opens does not repeat it.
        Assert.Empty((await HtmlPage.GetAsync(editor, "/admin/bai-viet/moi")).Document.QuerySelectorAll(".notice"));
    }

    [GeneratedRegex(@"!\[[^\]]*\]\((?<url>[^)]+)\)")]
    private static partial Regex MarkdownImage();
}
