using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Videos;

public sealed class VideoEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_address_from_another_site_is_refused_beside_its_field_and_everything_typed_comes_back()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = VideoNewsroom.Fields("Phim trên trang khác", "https://vimeo.com/123456789");

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{VideoNewsroom.NewPage}?handler=Save", fields, VideoNewsroom.NewPage));
        var values = EditorForm.ValuesOf(page);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Chỉ nhận địa chỉ video YouTube", page.Text("[data-valmsg-for='Form.YouTubeAddress']"));
        Assert.Equal("https://vimeo.com/123456789", values["Form.YouTubeAddress"]);
        Assert.Equal("Phim về **truyền thống** cách mạng của tỉnh.", values["Form.DescriptionMarkdown"]);
        Assert.False(await portal.WithDatabaseAsync(db => db.Videos.AnyAsync(v => v.Title == "Phim trên trang khác")));
    }

    [Fact]
    public async Task A_youtube_film_keeps_only_its_id_and_its_page_asks_nothing_of_another_site_until_played()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Hành trình theo chân Bác", "https://youtu.be/dQw4w9WgXcQ?t=42");
        using (var published = await editor.PostFormAsync($"{VideoNewsroom.EditPage(id)}?handler=Publish",
            VideoNewsroom.Fields("Hành trình theo chân Bác", "youtube.com/watch?v=dQw4w9WgXcQ&list=PL1"), VideoNewsroom.EditPage(id)))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var page = await HtmlPage.GetAsync(portal.CreateClient(), $"/phim-tu-lieu/hanh-trinh-theo-chan-bac-{id}");
        var poster = page.Document.QuerySelector("a.youtube-poster")!;

        Assert.Equal("dQw4w9WgXcQ", await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.YouTubeId).SingleAsync()));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", poster.GetAttribute("href"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0", poster.GetAttribute("data-embed"));
        Assert.Empty(page.Document.QuerySelectorAll("iframe"));
        // Whatever loads by itself (images, scripts, styles, frames) comes from the site.
        Assert.All(page.Document.QuerySelectorAll("[src], [srcset], link[rel='stylesheet'], link[rel='icon']"), element =>
            Assert.StartsWith("/", element.GetAttribute("src") ?? element.GetAttribute("srcset") ?? element.GetAttribute("href")!));
    }

    [Fact]
    public async Task A_film_without_a_file_or_an_address_is_not_published()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await VideoNewsroom.CreateAsync(editor, "Phim chưa có nguồn");

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{VideoNewsroom.EditPage(id)}?handler=Publish",
            VideoNewsroom.Fields("Phim chưa có nguồn"), VideoNewsroom.EditPage(id)));

        Assert.Equal("Phim chưa có nguồn: hãy tải tệp phim lên hoặc dán địa chỉ YouTube trước khi xuất bản.", page.Text("[data-valmsg-for='Form.Source']"));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync($"/phim-tu-lieu/phim-chua-co-nguon-{id}")).StatusCode);
    }

    [Fact]
    public async Task A_duration_that_is_not_minutes_and_seconds_is_refused_beside_its_field()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = VideoNewsroom.Fields("Phim thời lượng lạ");
        fields["Form.Duration"] = "mười phút";

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{VideoNewsroom.NewPage}?handler=Save", fields, VideoNewsroom.NewPage));

        Assert.Equal("Thời lượng ghi theo dạng phút:giây (ví dụ 12:30) hoặc giờ:phút:giây (ví dụ 1:02:03).", page.Text("[data-valmsg-for='Form.Duration']"));
        Assert.Equal("mười phút", EditorForm.ValuesOf(page)["Form.Duration"]);
    }

    [Fact]
    public async Task A_poster_is_uploaded_through_the_image_pipeline_and_the_form_comes_back_as_typed()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = VideoNewsroom.Fields("Phim có poster");
        fields["Form.Title"] = "Phim có poster, chưa lưu";

        var page = await HtmlPage.FromResponseAsync(await editor.PostWithFileAsync($"{VideoNewsroom.NewPage}?handler=Poster", fields,
            "poster.jpg", TestImages.Jpeg(1280, 720), VideoNewsroom.NewPage));
        var values = EditorForm.ValuesOf(page);

        Assert.Equal("Phim có poster, chưa lưu", values["Form.Title"]);
        Assert.Matches("^/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}-1280\\.jpg$", values["Form.PosterUrl"]);
        Assert.Equal("Đã tải ảnh poster lên. Bấm Lưu để giữ thay đổi.", page.Text(".notice"));
    }
}
