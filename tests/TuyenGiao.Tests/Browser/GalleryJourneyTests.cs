using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>Photo albums and films in a real browser: an editor makes an album, readers swipe through it and play films.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class GalleryJourneyTests(BrowserSession session)
{
    public static TheoryData<string> Screens => new() { "phone", "desktop" };

    private static ViewportSize Screen(string name) => name == "phone" ? BrowserSession.Phone : BrowserSession.Desktop;

    private static FilePayload Photo(string name, int width, int height) => new() { Name = name, MimeType = "image/jpeg", Buffer = TestImages.Jpeg(width, height) };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task An_editor_creates_an_album_from_several_photos_adds_more_by_script_captions_one_and_publishes_it(string screen)
    {
        var page = await session.SignedInAsync(Roles.Editor, Screen(screen));
        var title = $"Lễ kỷ niệm ngày thành lập {Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/admin/album-anh/moi");
        await page.GetByLabel("Tên album").FillAsync(title);
        await page.Locator("#uploads").SetInputFilesAsync([Photo("le-1.jpg", 900, 600), Photo("le-2.jpg", 600, 900)]);
        // On the new-album page the photos go with the form: the album is made, then they are added to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo album và tải ảnh lên" }).ClickAsync();
        await Expect(page.Locator("li.photo-row")).ToHaveCountAsync(2);

        // On a saved album the script sends each photo on its own, and its row joins the form.
        await page.Locator("#uploads").SetInputFilesAsync([Photo("le-3.jpg", 800, 600), Photo("le-4.jpg", 800, 600)]);
        await Expect(page.Locator("li.photo-row")).ToHaveCountAsync(4);
        await Expect(page.Locator(".photo-position").Last).ToHaveValueAsync("4");
        await page.Locator("li.photo-row").Nth(3).GetByLabel("Chú thích").FillAsync("Tiết mục văn nghệ chào mừng.");
        await page.Locator("li.photo-row").Nth(3).GetByRole(AriaRole.Button, new() { Name = "Chuyển ảnh lên trước" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(page, "admin-sua-album");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã xuất bản album.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang công khai" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".album-photos li")).ToHaveCountAsync(4);
        await Expect(page.Locator(".album-photos li").Nth(2).Locator("img")).ToHaveAttributeAsync("alt", "Tiết mục văn nghệ chào mừng.");
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_opens_an_album_moves_to_the_third_photo_and_back_and_closes_it_with_escape(string screen)
    {
        var album = await session.Portal.WithDatabaseAsync(db => db.Albums.Include(a => a.Photos).OrderBy(a => a.Id).FirstAsync(a => a.IsPublished && a.Photos.Count >= 4));
        var captions = album.Photos.OrderBy(p => p.Position).Select(p => p.Caption).ToList();
        var page = await session.NewPageAsync(Screen(screen));
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync($"/thu-vien-anh/{album.Slug}-{album.Id}");
        await Expect(page.Locator(".album-photos.gallery-grid")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "album");

        await page.Locator("a.album-photo").First.ClickAsync();
        var viewer = page.Locator("dialog.photo-viewer");
        await Expect(viewer).ToBeVisibleAsync();
        await Expect(viewer.Locator(".viewer-counter")).ToHaveTextAsync($"1/{captions.Count}");
        await Expect(viewer.Locator(".viewer-caption")).ToContainTextAsync(captions[0]);
        // The next photo is fetched before the reader asks for it.
        var secondStem = album.Photos.OrderBy(p => p.Position).ElementAt(1).ImageUrl.Split('-')[0];
        Assert.Contains(requested, url => url.Contains(secondStem, StringComparison.Ordinal));

        if (screen == "phone")
        {
            await SwipeAsync(page, fromX: 300, toX: 40);
            await SwipeAsync(page, fromX: 300, toX: 40);
            await Expect(viewer.Locator(".viewer-counter")).ToHaveTextAsync($"3/{captions.Count}");
            await BrowserSession.ScreenshotAsync(page, "xem-anh");
            await SwipeAsync(page, fromX: 40, toX: 300);
        }
        else
        {
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            await Expect(viewer.Locator(".viewer-counter")).ToHaveTextAsync($"3/{captions.Count}");
            await page.Keyboard.PressAsync("ArrowLeft");
        }
        await Expect(viewer.Locator(".viewer-counter")).ToHaveTextAsync($"2/{captions.Count}");
        await Expect(viewer.Locator(".viewer-caption")).ToContainTextAsync(captions[1]);

        await page.Keyboard.PressAsync("Escape");
        await Expect(viewer).ToBeHiddenAsync();
        await Expect(page.Locator("a.album-photo").First).ToBeFocusedAsync();
    }

    /// <summary>One finger across the screen, as the phone's touch screen reports it.</summary>
    private static async Task SwipeAsync(IPage page, int fromX, int toX)
    {
        var touch = await page.Context.NewCDPSessionAsync(page);
        const int y = 400;
        await touch.SendAsync("Input.dispatchTouchEvent", new() { ["type"] = "touchStart", ["touchPoints"] = new[] { new Dictionary<string, object> { ["x"] = fromX, ["y"] = y } } });
        await touch.SendAsync("Input.dispatchTouchEvent", new() { ["type"] = "touchMove", ["touchPoints"] = new[] { new Dictionary<string, object> { ["x"] = (fromX + toX) / 2, ["y"] = y } } });
        await touch.SendAsync("Input.dispatchTouchEvent", new() { ["type"] = "touchMove", ["touchPoints"] = new[] { new Dictionary<string, object> { ["x"] = toX, ["y"] = y } } });
        await touch.SendAsync("Input.dispatchTouchEvent", new() { ["type"] = "touchEnd", ["touchPoints"] = Array.Empty<object>() });
        await touch.DetachAsync();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_reader_plays_a_film_and_the_server_answers_the_seek_with_part_of_the_file(string screen)
    {
        var video = await session.Portal.WithDatabaseAsync(db => db.Videos.OrderBy(v => v.Id).FirstAsync(v => v.IsPublished && v.FileUrl != null));
        var page = await session.NewPageAsync(Screen(screen));
        var answers = new List<(string Range, int Status)>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(video.FileUrl!, StringComparison.Ordinal))
            {
                answers.Add((response.Request.Headers.TryGetValue("range", out var range) ? range : "", response.Status));
            }
        };
        await page.GotoAsync($"/phim-tu-lieu/{video.Slug}-{video.Id}");
        await BrowserSession.ScreenshotAsync(page, "phim");
        // preload="none": nothing of the film is fetched until the reader presses play.
        Assert.Empty(answers);

        await page.Locator(".video-player video").EvaluateAsync("video => { video.muted = true; return video.play(); }");
        await page.Locator(".video-player video").EvaluateAsync("video => { video.currentTime = 9; }");
        await Expect(page.Locator(".video-player video")).ToHaveJSPropertyAsync("seeking", false);
        await page.WaitForFunctionAsync("() => document.querySelector('.video-player video').currentTime >= 9");

        Assert.Contains(answers, answer => answer.Status == 206);
        Assert.DoesNotContain(answers, answer => answer.Status is not (200 or 206));
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_youtube_poster_asks_nothing_of_another_site_until_the_reader_presses_it(string screen)
    {
        var video = await session.Portal.WithDatabaseAsync(async db =>
        {
            var film = new TuyenGiao.Videos.Video
            {
                Title = "Phim trên YouTube", Slug = "phim-tren-youtube", YouTubeId = "dQw4w9WgXcQ", IsPublished = true,
                PublishedAt = DateTime.UtcNow.AddHours(-1), Date = new DateOnly(2026, 11, 1), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.Videos.Add(film);
            await db.SaveChangesAsync();
            return film;
        });
        var page = await session.NewPageAsync(Screen(screen));
        var outside = new List<string>();
        // No request leaves the test machine: the player's address is answered here, and noted.
        await page.RouteAsync(url => !url.StartsWith(session.Portal.BaseUrl, StringComparison.Ordinal), async route =>
        {
            outside.Add(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Trình phát</title>" });
        });
        await page.GotoAsync($"/phim-tu-lieu/{video.Slug}-{video.Id}");
        await Expect(page.Locator("a.youtube-poster")).ToBeVisibleAsync();
        Assert.Empty(outside);

        var player = page.WaitForRequestAsync(request => request.Url.StartsWith("https://www.youtube-nocookie.com/", StringComparison.Ordinal));
        await page.Locator("a.youtube-poster").ClickAsync();

        await player;
        await Expect(page.Locator(".video-player iframe")).ToHaveAttributeAsync("src", new Regex("^https://www\\.youtube-nocookie\\.com/embed/dQw4w9WgXcQ"));
        Assert.All(outside, url => Assert.StartsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", url));
    }
}
