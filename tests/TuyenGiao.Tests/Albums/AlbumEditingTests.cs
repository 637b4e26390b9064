using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Audit;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Albums;

public sealed class AlbumEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_editor_captions_reorders_picks_a_cover_and_publishes_and_readers_see_it_that_way()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var reader = portal.CreateClient();
        // Cached before the album exists: publishing must reach the cached list and home page.
        Assert.DoesNotContain("Hội nghị tổng kết năm", (await HtmlPage.GetAsync(reader, "/thu-vien-anh")).BodyText);
        Assert.DoesNotContain("Hội nghị tổng kết năm", (await HtmlPage.GetAsync(reader, "/")).BodyText);
        var id = await AlbumNewsroom.CreateAsync(editor, "Hội nghị tổng kết năm", TestImages.Jpeg(1200, 800), TestImages.Jpeg(900, 600), TestImages.Png(800, 800));
        var (form, photos) = await AlbumNewsroom.OpenAsync(editor, id);
        Assert.Equal(3, photos.Count);

        string[] captions = ["Quang cảnh hội nghị.", "Đại biểu phát biểu.", "Trao khen thưởng."];
        for (var i = 0; i < 3; i++)
        {
            form[$"Form.Photos[{photos[i]}].Caption"] = captions[i];
            form[$"Form.Photos[{photos[i]}].Credit"] = "Minh Hải";
            form[$"Form.Photos[{photos[i]}].Position"] = (3 - i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        form["Form.CoverPhotoId"] = photos[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var published = await AlbumNewsroom.PostAsync(editor, id, "Publish", form);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var list = await HtmlPage.GetAsync(reader, "/thu-vien-anh");
        var link = list.Document.QuerySelectorAll(".album-card h3 a").First(a => a.TextContent == "Hội nghị tổng kết năm").GetAttribute("href")!;
        Assert.Equal($"/thu-vien-anh/hoi-nghi-tong-ket-nam-{id}", link);
        Assert.Contains("Hội nghị tổng kết năm", (await HtmlPage.GetAsync(reader, "/")).Text("#khoi-thu-vien-anh + .card-grid"));

        var album = await HtmlPage.GetAsync(reader, link);
        Assert.Equal(
            ["1/3 Trao khen thưởng. Ảnh: Minh Hải", "2/3 Đại biểu phát biểu. Ảnh: Minh Hải", "3/3 Quang cảnh hội nghị. Ảnh: Minh Hải"],
            album.Texts(".album-photos figcaption"));
        Assert.Equal("hội nghị", album.Text(".article-body strong"));
        var cover = await portal.WithDatabaseAsync(db => db.AlbumPhotos.Where(p => p.Id == photos[2]).Select(p => p.ImageUrl).SingleAsync());
        Assert.Equal("http://localhost" + cover, album.Document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        var jsonLd = JsonDocument.Parse(album.Document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("ImageGallery", jsonLd.GetProperty("@type").GetString());
        Assert.Equal(["Trao khen thưởng.", "Đại biểu phát biểu.", "Quang cảnh hội nghị."],
            jsonLd.GetProperty("image").EnumerateArray().Select(i => i.GetProperty("caption").GetString()));

        var actions = await portal.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.RecordType == AuditRecordTypes.Album && e.RecordId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Tạo album ảnh", "Thêm ảnh vào album", "Thêm ảnh vào album", "Thêm ảnh vào album", "Xuất bản album ảnh"], actions);
    }

    [Fact]
    public async Task A_photo_sent_by_the_page_script_comes_back_as_its_row_of_the_form_and_a_non_image_as_a_message()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await AlbumNewsroom.CreateAsync(editor, "Album tải từng ảnh");

        using var accepted = await editor.PostWithFileAsync($"{AlbumNewsroom.EditPage(id)}?handler=Photo", new Dictionary<string, string>(),
            "le-chao-co.jpg", TestImages.Jpeg(640, 480), AlbumNewsroom.EditPage(id));
        var row = await HtmlPage.FromResponseAsync(accepted);
        var photoId = await portal.WithDatabaseAsync(db => db.AlbumPhotos.Where(p => p.AlbumId == id).Select(p => p.Id).SingleAsync());
        using var refused = await editor.PostWithFileAsync($"{AlbumNewsroom.EditPage(id)}?handler=Photo", new Dictionary<string, string>(),
            "khong-phai-anh.jpg", "GIF89a giả"u8.ToArray(), AlbumNewsroom.EditPage(id));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotNull(row.Document.QuerySelector($"li.photo-row[data-photo-id='{photoId}'] input[name='Form.Photos[{photoId}].Caption']"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Tệp “khong-phai-anh.jpg” không phải ảnh JPEG, PNG hoặc WebP.",
            JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_empty_album_is_not_published_and_the_message_stands_beside_the_photos()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await AlbumNewsroom.CreateAsync(editor, "Album chưa có ảnh");
        var (form, _) = await AlbumNewsroom.OpenAsync(editor, id);
        form["Form.Title"] = "Album chưa có ảnh, tên đã sửa";

        var page = await HtmlPage.FromResponseAsync(await AlbumNewsroom.PostAsync(editor, id, "Publish", form));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Album chưa có ảnh nào: hãy tải ảnh lên trước khi xuất bản.", page.Text("[data-valmsg-for='Form.Photos']"));
        Assert.Equal("Album chưa có ảnh, tên đã sửa", EditorForm.ValuesOf(page, "form.album-editor")["Form.Title"]);
        Assert.False(await portal.WithDatabaseAsync(db => db.Albums.Where(a => a.Id == id).Select(a => a.IsPublished).SingleAsync()));
    }

    [Fact]
    public async Task A_caption_over_its_length_is_refused_beside_it_and_everything_typed_comes_back()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await AlbumNewsroom.CreateAsync(editor, "Album chú thích dài", TestImages.Jpeg(640, 480), TestImages.Jpeg(640, 480));
        var (form, photos) = await AlbumNewsroom.OpenAsync(editor, id);
        var tooLong = string.Concat(Enumerable.Repeat("Chú thích rất dài. ", 30));
        form[$"Form.Photos[{photos[0]}].Caption"] = tooLong;
        form[$"Form.Photos[{photos[1]}].Caption"] = "Chú thích vừa phải.";

        var page = await HtmlPage.FromResponseAsync(await AlbumNewsroom.PostAsync(editor, id, "Save", form));
        var values = EditorForm.ValuesOf(page, "form.album-editor");

        Assert.Equal($"Chú thích dài tối đa 500 ký tự (đang có {tooLong.Trim().Length}).", page.Text($"[data-valmsg-for='Form.Photos[{photos[0]}].Caption']"));
        Assert.Equal(tooLong, values[$"Form.Photos[{photos[0]}].Caption"]);
        Assert.Equal("Chú thích vừa phải.", values[$"Form.Photos[{photos[1]}].Caption"]);
        Assert.Empty(await portal.WithDatabaseAsync(db => db.AlbumPhotos.Where(p => p.AlbumId == id && p.Caption != "").ToListAsync()));
    }

    [Fact]
    public async Task A_renamed_file_among_the_uploads_is_named_in_the_message_and_the_rest_are_added()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await AlbumNewsroom.CreateAsync(editor, "Album có tệp lạ");
        var (form, _) = await AlbumNewsroom.OpenAsync(editor, id);
        form["Form.Title"] = "Album có tệp lạ, tên mới";

        using var response = await editor.PostWithFilesAsync($"{AlbumNewsroom.EditPage(id)}?handler=Upload", form, "uploads",
            [("that.jpg", TestImages.Jpeg(500, 400)), ("bao-cao.jpg", "%PDF-1.7 không phải ảnh"u8.ToArray())], AlbumNewsroom.EditPage(id));
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tệp “bao-cao.jpg” không phải ảnh JPEG, PNG hoặc WebP.", page.Text("[data-valmsg-for='Form.Photos']"));
        Assert.Equal("Album có tệp lạ, tên mới", EditorForm.ValuesOf(page, "form.album-editor")["Form.Title"]);
        Assert.Single(AlbumNewsroom.PhotoIdsOf(page));
    }

    [Fact]
    public async Task Removing_a_photo_deletes_its_files_and_deleting_the_album_deletes_the_rest_after_confirmation()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await AlbumNewsroom.CreateAsync(editor, "Album sẽ xóa", TestImages.Jpeg(1000, 700), TestImages.Jpeg(1000, 700));
        var (form, photos) = await AlbumNewsroom.OpenAsync(editor, id);
        var urls = await portal.WithDatabaseAsync(db => db.AlbumPhotos.Where(p => p.AlbumId == id).OrderBy(p => p.Position).Select(p => p.ImageUrl).ToListAsync());
        form[$"Form.Photos[{photos[0]}].Remove"] = "true";

        using (var saved = await AlbumNewsroom.PostAsync(editor, id, "Save", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(urls[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(urls[0].Replace("-1000.jpg", "-480.webp", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(urls[1])).StatusCode);

        var unconfirmed = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{AlbumNewsroom.EditPage(id)}?handler=Delete", new Dictionary<string, string>(), AlbumNewsroom.EditPage(id)));
        Assert.Equal("Hãy đánh dấu ô xác nhận trước khi xóa.", unconfirmed.Text("[data-valmsg-for='confirm']"));
        using var deleted = await editor.PostFormAsync($"{AlbumNewsroom.EditPage(id)}?handler=Delete", new Dictionary<string, string> { ["confirm"] = "true" }, AlbumNewsroom.EditPage(id));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(urls[1])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(AlbumNewsroom.EditPage(id))).StatusCode);
        Assert.Equal("Xóa album ảnh", await portal.WithDatabaseAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Action).FirstAsync()));
    }

    [Fact]
    public async Task The_newsroom_list_filters_albums_by_status_and_by_title_without_tones()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        await AlbumNewsroom.CreateAsync(editor, "Đêm văn nghệ mừng Đảng");

        var drafts = await HtmlPage.GetAsync(editor, "/admin/album-anh?trang-thai=Draft&q=dem+van+nghe");
        var published = await HtmlPage.GetAsync(editor, "/admin/album-anh?trang-thai=Published&q=dem+van+nghe");

        Assert.Equal(["Đêm văn nghệ mừng Đảng"], drafts.Texts(".admin-table tbody td:first-child"));
        Assert.Equal("Không có album nào khớp bộ lọc.", published.Text(".empty-list"));
    }
}
