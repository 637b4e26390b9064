using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Data;
using TuyenGiao.Web;

namespace TuyenGiao.Tests.Support;

/// <summary>
/// The real app, in Production mode, on a SQLite file of its own that start-up migrates and fills with
/// the demo content — what a newcomer gets from the README's run command, minus the developer pages.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;

    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "tuyengiao-tests", Guid.NewGuid().ToString("N")), ownsDataFolder: true)
    {
    }

    private PortalFactory(string dataFolder, bool ownsDataFolder)
    {
        _dataFolder = dataFolder;
        _ownsDataFolder = ownsDataFolder;
    }

    /// <summary>On a data folder the caller keeps, to look at the database after the app has stopped.</summary>
    public static PortalFactory OnDataFolder(string dataFolder) => new(dataFolder, ownsDataFolder: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Run from the build output, not a publish: the precompressed CSS and JS a browser asks for
        // (Accept-Encoding: gzip) are in obj/, which only the static web assets manifest maps.
        builder.UseStaticWebAssets();
        builder.UseSetting("Storage:DataFolder", _dataFolder);
        // The test host's own address: Production requires one, and absolute links come from it.
        builder.UseSetting("Site:PublicUrl", "http://localhost");
        builder.UseSetting("Seeding:DemoContent", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public string DatabaseFile => Path.Combine(_dataFolder, "tuyengiao.db");

    public HttpClient CreateClientWithoutRedirects() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDatabaseAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task WithDatabaseAsync(Func<PortalDbContext, Task> work) =>
        WithDatabaseAsync(async db => { await work(db); return true; });

    /// <summary>A new article in "Khoa giáo", published the given time ago: its id and public URL.</summary>
    public Task<(int Id, string Url)> PublishArticleAsync(string title, TimeSpan publishedAgo) => WithDatabaseAsync(async db =>
    {
        var category = await db.Categories.FirstAsync(c => c.Slug == "khoa-giao");
        var article = TestArticles.Published(category, title, DateTime.UtcNow - publishedAgo);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return (article.Id, SiteUrls.Article(category.Slug, article.Slug, article.Id));
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsDataFolder && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
