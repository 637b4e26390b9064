using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Videos;

public sealed class VideoFileTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private IReadOnlyList<string> FilmsOnDisk() => VideoNewsroom.FilmsOnDisk(portal);

    [Fact]
    public async Task A_film_sent_without_javascript_is_stored_published_and_answers_a_seek_with_part_of_the_file()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Truyền thống quê hương");
        var film = VideoNewsroom.Mp4(300_000);

        using (var uploaded = await VideoNewsroom.UploadAsync(editor, id, new ByteArrayContent(film), "truyen-thong.mp4"))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        Assert.Equal("Đã tải tệp phim lên.", (await HtmlPage.GetAsync(editor, VideoNewsroom.EditPage(id))).Text(".notice"));
        using (var published = await editor.PostFormAsync($"{VideoNewsroom.EditPage(id)}?handler=Publish", VideoNewsroom.Fields("Truyền thống quê hương"), VideoNewsroom.EditPage(id)))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var page = await HtmlPage.GetAsync(portal.CreateClient(), $"/phim-tu-lieu/truyen-thong-que-huong-{id}");
        var video = page.Document.QuerySelector(".video-player video")!;
        var source = video.QuerySelector("source")!;
        Assert.Equal("none", video.GetAttribute("preload"));
        Assert.True(video.HasAttribute("controls"));
        Assert.Equal("video/mp4", source.GetAttribute("type"));
        Assert.Equal("· Thời lượng 1:05", page.Text(".meta span"));
        var jsonLd = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("VideoObject", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("PT0H1M5S", jsonLd.GetProperty("duration").GetString());
        Assert.Equal("http://localhost" + source.GetAttribute("src"), jsonLd.GetProperty("contentUrl").GetString());

        using var seek = new HttpRequestMessage(HttpMethod.Get, source.GetAttribute("src"));
        seek.Headers.Range = new RangeHeaderValue(200_000, 200_099);
        using var part = await portal.CreateClient().SendAsync(seek);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(film[200_000..200_100], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 200000-200099/300000", part.Content.Headers.ContentRange!.ToString());
        Assert.Contains("immutable", part.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_page_script_sends_the_token_as_a_header_and_is_answered_in_json()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Phim gửi bằng script");
        using var request = new HttpRequestMessage(HttpMethod.Post, VideoNewsroom.UploadPage(id))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(VideoNewsroom.Mp4(50_000)), "file", "phim.mp4" } },
        };
        request.Headers.Add("RequestVerificationToken", await editor.FormTokenAsync(VideoNewsroom.EditPage(id)));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await editor.SendAsync(request);
        using var forged = await editor.PostAsync(VideoNewsroom.UploadPage(id),
            new MultipartFormDataContent { { new ByteArrayContent(VideoNewsroom.Mp4(50_000)), "file", "phim.mp4" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(VideoNewsroom.EditPage(id), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("editUrl").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(50_000, await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.FileBytes).SingleAsync()));
    }

    [Fact]
    public async Task A_renamed_photo_is_refused_by_its_content_and_leaves_nothing_on_disk()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Phim với tệp giả");
        var before = FilmsOnDisk();

        var page = await HtmlPage.FromResponseAsync(await VideoNewsroom.UploadAsync(editor, id, new ByteArrayContent(TestImages.Jpeg(320, 240)), "phim-that.mp4"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tệp “phim-that.mp4” không phải phim MP4 hoặc WebM (đã kiểm tra nội dung tệp, không dựa vào tên tệp).", page.Text(".video-file-form .field-error"));
        Assert.Equal(before, FilmsOnDisk());
        Assert.Null(await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.FileUrl).SingleAsync()));
    }

    [Fact]
    public async Task An_upload_cut_off_halfway_leaves_no_partial_file()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Phim bị ngắt giữa chừng");
        var before = FilmsOnDisk();

        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            using var response = await VideoNewsroom.UploadAsync(editor, id, new StreamContent(new FilmStream(5_000_000, failAfter: 2_000_000)), "dut-quang.mp4", giveUp.Token);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or OperationCanceledException)
        {
            // The client sees its own broken connection, not an answer.
        }

        // The server notices the broken request on its own time; it has two seconds to clean up.
        for (var wait = 0; wait < 20 && !before.SequenceEqual(FilmsOnDisk()); wait++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(before, FilmsOnDisk());
        Assert.Null(await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.FileUrl).SingleAsync()));
    }

    [Fact]
    public async Task Whatever_is_posted_to_the_film_upload_it_never_answers_with_a_server_error()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Phim nhận dữ liệu lạ");
        var token = await editor.FormTokenAsync(VideoNewsroom.EditPage(id));
        (string ContentType, string Body)[] posts =
        [
            ("multipart/form-data", "không có ranh giới"),
            ("multipart/form-data; boundary=" + new string('x', 300), "--x\r\n"),
            ("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" + token + "\r\n--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.mp4\"\r\n\r\n\0\0\0 ftypisom cut off"),
            ("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" + token + "\r\n--abc--\r\n"),
            ("multipart/form-data; boundary=abc", "--abc\r\n" + new string('H', 20_000) + "\r\n\r\n"),
            ("application/x-www-form-urlencoded", "__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&file=abc"),
            ("text/plain", ""),
        ];
        foreach (var (contentType, body) in posts)
        {
            using var content = new StringContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            using var response = await editor.PostAsync(VideoNewsroom.UploadPage(id), content);
            Assert.True((int)response.StatusCode < 500, $"{contentType}: {(int)response.StatusCode}");
        }
        Assert.DoesNotContain(FilmsOnDisk(), f => f.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_a_video_removes_its_file()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Phim sẽ xóa");
        (await VideoNewsroom.UploadAsync(editor, id, new ByteArrayContent(VideoNewsroom.Mp4(20_000)), "xoa.mp4")).Dispose();
        var url = await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.FileUrl).SingleAsync());

        using var deleted = await editor.PostFormAsync($"{VideoNewsroom.EditPage(id)}?handler=Delete", new Dictionary<string, string> { ["confirm"] = "true" }, VideoNewsroom.EditPage(id));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
        Assert.False(await portal.WithDatabaseAsync(db => db.Videos.AnyAsync(v => v.Id == id)));
    }
}
