using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Albums;

/// <summary>Albums and films where readers meet them: their pages, the home page, articles, search, sitemaps. On the demo content.</summary>
public sealed class AlbumReadingTests(UncachedPortal portal) : IClassFixture<UncachedPortal>
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace ImageNs = "http://www.google.com/schemas/sitemap-image/1.1";
    private static readonly XNamespace VideoNs = "http://www.google.com/schemas/sitemap-video/1.1";

    [Fact]
    public async Task The_home_page_has_thu_vien_anh_and_phim_tu_lieu_blocks_of_the_latest()
    {
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal("Thư viện ảnh", home.Text("#khoi-thu-vien-anh"));
        Assert.Equal("Phim tư liệu", home.Text("#khoi-phim-tu-lieu"));
        Assert.Equal(["Hội nghị báo cáo viên tháng 11", "Mùa vàng trên cánh đồng lúa chất lượng cao", "Ngày hội Đại đoàn kết ở khu dân cư"],
            home.Texts("#khoi-thu-vien-anh ~ .card-grid .card-title").Take(3));
        Assert.Contains("Phim tư liệu mẫu: giới thiệu cổng thông tin", home.Texts(".video-card .card-title"));
    }

    [Fact]
    public async Task An_article_shows_the_album_its_editor_chose_at_its_end_and_the_latest_albums_beside_it()
    {
        var url = await portal.WithDatabaseAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).FirstAsync(a => a.AlbumId != null);
            return $"/{article.Category!.Slug}/{article.Slug}-{article.Id}";
        });

        var page = await HtmlPage.GetAsync(portal.CreateClient(), url);

        Assert.Equal("Album ảnh: Hội nghị báo cáo viên tháng 11", page.Text(".article-album h2"));
        Assert.Equal(4, page.Document.QuerySelectorAll(".article-album .album-photos img").Length);
        Assert.Equal("1/4 Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Minh Hải", page.Text(".article-album figcaption"));
        Assert.NotNull(page.Document.QuerySelector("script[src^='/js/gallery.']"));
        Assert.Equal(2, page.Document.QuerySelectorAll(".article-aside .album-card").Length);
    }

    [Fact]
    public async Task Searching_without_tones_finds_albums_and_films_and_says_which_they_are()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/tim-kiem?q=mua+vang+canh+dong");
        var film = await HtmlPage.GetAsync(portal.CreateClient(), "/tim-kiem?q=phim+tu+lieu+mau");

        Assert.Equal(["Album ảnh"], page.Texts(".media-results .hit-kind"));
        Assert.Equal("Mùa vàng trên cánh đồng lúa chất lượng cao", page.Text(".media-results .story-title"));
        Assert.Equal("vàng", page.Text(".media-results .story-title mark:nth-of-type(2)"));
        Assert.Equal(["Phim tư liệu"], film.Texts(".media-results .hit-kind"));
        Assert.StartsWith("/phim-tu-lieu/phim-tu-lieu-mau-gioi-thieu-cong-thong-tin-", film.Document.QuerySelector(".media-results a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_readers_views_of_an_album_and_a_film_are_counted_once_each()
    {
        var (album, video) = await portal.WithDatabaseAsync(async db =>
            (await db.Albums.OrderBy(a => a.Id).FirstAsync(), await db.Videos.OrderBy(v => v.Id).FirstAsync()));
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var reader = Readers.NewId();
        foreach (var url in new[] { $"/thu-vien-anh/{album.Slug}-{album.Id}", $"/thu-vien-anh/{album.Slug}-{album.Id}", $"/phim-tu-lieu/{video.Slug}-{video.Id}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", Readers.CookieHeaderFor(portal, reader));
            request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();

        Assert.Equal(album.ViewCount + 1, await portal.WithDatabaseAsync(db => db.Albums.Where(a => a.Id == album.Id).Select(a => a.ViewCount).SingleAsync()));
        Assert.Equal(video.ViewCount + 1, await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == video.Id).Select(v => v.ViewCount).SingleAsync()));
        var page = await HtmlPage.GetAsync(portal.CreateClient(), $"/thu-vien-anh/{album.Slug}-{album.Id}");
        Assert.Equal($"Lượt xem: {album.ViewCount + 1}", page.Text(".album .views"));
    }

    [Fact]
    public async Task The_sitemaps_list_every_album_with_its_photos_and_every_film_with_its_poster_and_file()
    {
        var client = portal.CreateClient();
        var albums = XDocument.Parse(await client.GetStringAsync("/sitemaps/thu-vien-anh.xml"));
        var videos = XDocument.Parse(await client.GetStringAsync("/sitemaps/phim-tu-lieu.xml"));
        var photoCount = await portal.WithDatabaseAsync(db => db.AlbumPhotos.CountAsync());

        var albumUrls = albums.Root!.Elements(SitemapNs + "url").ToList();
        Assert.Equal(3, albumUrls.Count);
        Assert.Equal(photoCount, albumUrls.SelectMany(u => u.Elements(ImageNs + "image")).Count());
        Assert.All(albumUrls.SelectMany(u => u.Elements(ImageNs + "image")), image => Assert.StartsWith("http://localhost/media/", image.Element(ImageNs + "loc")!.Value));
        var film = videos.Root!.Element(SitemapNs + "url")!.Element(VideoNs + "video")!;
        Assert.Equal("Phim tư liệu mẫu: giới thiệu cổng thông tin", film.Element(VideoNs + "title")!.Value);
        Assert.StartsWith("http://localhost/media/", film.Element(VideoNs + "thumbnail_loc")!.Value);
        Assert.EndsWith(".mp4", film.Element(VideoNs + "content_loc")!.Value);
        Assert.Equal("12", film.Element(VideoNs + "duration")!.Value);
    }

    [Fact]
    public async Task Unknown_unpublished_and_renamed_albums_and_films_answer_as_pages_do()
    {
        var client = portal.CreateClientWithoutRedirects();
        var (album, video) = await portal.WithDatabaseAsync(async db =>
            (await db.Albums.OrderBy(a => a.Id).FirstAsync(), await db.Videos.OrderBy(v => v.Id).FirstAsync()));

        using var oldSlug = await client.GetAsync($"/thu-vien-anh/ten-cu-{album.Id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldSlug.StatusCode);
        Assert.Equal($"/thu-vien-anh/{album.Slug}-{album.Id}", oldSlug.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/thu-vien-anh/khong-co-99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/phim-tu-lieu/{video.Slug}-99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/thu-vien-anh?trang=99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/phim-tu-lieu?trang=0")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/phim-tu-lieu?trang=abc")).StatusCode);
    }
}
