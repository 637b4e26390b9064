using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Browser;

/// <summary>The feedback-ready app on a real Kestrel port of 127.0.0.1, for a real browser.</summary>
public sealed class KestrelPortal : FeedbackPortal
{
    public KestrelPortal() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    /// <summary>
    /// The same app by the name <c>localhost</c> (still 127.0.0.1): WebAuthn refuses an IP address as the
    /// site a passkey belongs to.
    /// </summary>
    public string LocalhostUrl => BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A scheduled article goes live within two seconds of its time, so a journey can wait for it.
        builder.UseSetting("Publishing:CheckSeconds", "2");
    }
}

/// <summary>
/// One app and one Debian Chromium for the whole browser suite (they take seconds to start). The app has
/// a fresh SQLite file with the demo content, plus enough articles in one category for a second page.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string CrowdedCategory = "thoi-su-trong-tinh";

    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private IPlaywright? _playwright;

    public KestrelPortal Portal { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of every page type go: the test output folder, to be looked at.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Portal.StartServer();
        await Portal.WithDatabaseAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == CrowdedCategory);
            for (var i = 1; i <= 12; i++)
            {
                db.Articles.Add(TestArticles.Published(category, $"Tin thời sự bổ sung số {i}: huyện triển khai nghị quyết",
                    new DateTime(2020, 1, i, 3, 0, 0, DateTimeKind.Utc)));
            }
            await db.SaveChangesAsync();
        });
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without the networking switches Chromium calls Google's hosts, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) at the given size, its relative URLs on the app; a phone's screen takes touches.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            BaseURL = Portal.BaseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            HasTouch = viewport.Width < 600,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new account of the role, signed in through the sign-in form; the page is on the newsroom's front page.</summary>
    public async Task<IPage> SignedInAsync(string role, ViewportSize? viewport = null, string? email = null)
    {
        email = await Portal.CreateAccountAsync(role, email);
        var page = await NewPageAsync(viewport ?? Desktop);
        await SignInAsync(page, email);
        return page;
    }

    /// <summary>Signs in through the sign-in form, which then shows the newsroom's start page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/admin/dang-nhap");
        await FillSignInAsync(page, email);
    }

    /// <summary>Fills and sends the sign-in form the page shows.</summary>
    public static async Task FillSignInAsync(IPage page, string email)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Newsroom.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin$"));
    }

    /// <summary>The article editor's body as an editor types it: the writing desk's visual editing area.</summary>
    public static ILocator ArticleBody(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Nội dung bài viết" });

    /// <summary>The Markdown the article's form will send, which the writing desk keeps in the hidden field.</summary>
    public static ILocator StoredArticleBody(IPage page) => page.Locator("#Form_BodyMarkdown");

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotFolder, $"{name}-{page.ViewportSize!.Width}.png"),
            FullPage = true,
        });

    /// <summary>Reads the captcha the page shows, as a person would, from the answer book of the test host.</summary>
    public async Task<string> CaptchaAnswerAsync(IPage page)
    {
        // The image names its challenge in a cookie as it loads, which may be after the page's fields are ready
        // (a page from the cache arrives at once).
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.captcha-image')].every(i => i.complete && i.naturalWidth > 0)");
        var cookies = await page.Context.CookiesAsync();
        return Portal.Answers.AnswerFor(cookies.Single(c => c.Name == "tg-captcha").Value);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}
