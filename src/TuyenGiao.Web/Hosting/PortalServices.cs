using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Captcha;
using TuyenGiao.Categories;
using TuyenGiao.Content;
using TuyenGiao.Counters;
using TuyenGiao.Data;
using TuyenGiao.DemoContent;
using TuyenGiao.Feedback;
using TuyenGiao.Media;
using TuyenGiao.Search;
using TuyenGiao.Settings;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Feedback;

namespace TuyenGiao.Web.Hosting;

public static class PortalServices
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var databaseProvider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = ConnectionString(configuration, environment, databaseProvider);
        services.AddDbContextPool<PortalDbContext>((provider, options) => options.UsePortalDatabase(databaseProvider, connectionString)
            .AddInterceptors(provider.GetRequiredService<PublicContentChanges>()));

        var dataProtection = services.AddDataProtection().SetApplicationName("TuyenGiao");
        if (ScaleOut.RedisConfiguration(configuration) is null)
        {
            // Keys outlive a restart, so cookies and form tokens issued before it stay valid.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataFolder(configuration, environment), "keys")));
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PublishedArticles>();
        services.AddScoped<SiteCategories>();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<SiteSettingsReader>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<ArchiveGenerator>();
        services.AddScoped<ReadershipReport>();
        services.AddScoped<DatabaseInitializer>();
        AddNewsroom(services, configuration, environment);
        AddFeedback(services, configuration);
        AddCounters(services, configuration);
        return services;
    }

    private static void AddNewsroom(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<NewsroomArticles>();
        services.AddScoped<ArticleEditing>();
        services.AddSingleton<ArticlePreview>();
        services.AddScoped<CategoryManagement>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<SiteSettingsEditor>();
        services.AddScoped<ImageUploads>();
        services.AddSingleton(new MediaStorage(
            MediaFolder(configuration, environment),
            configuration.GetValue("Media:MaxUploadMegabytes", 10L) * 1024 * 1024));
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Publishing:CheckSeconds", 30));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<ScheduledPublisher>(provider, interval));
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublisher>());
    }

    private static void AddFeedback(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICaptchaStore, DatabaseCaptchaStore>();
        services.AddScoped<Captchas>();
        // People need more than a few seconds to read a captcha and type a message; scripts do not.
        var minimumFillTime = TimeSpan.FromSeconds(configuration.GetValue("Feedback:MinimumFillSeconds", 4));
        services.AddScoped(provider => ActivatorUtilities.CreateInstance<FeedbackIntake>(provider, minimumFillTime));
        services.AddScoped<FeedbackInbox>();
        services.AddScoped<PublishedAnswers>();
        services.AddFeedbackRateLimits(configuration);
    }

    private static void AddCounters(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PendingCounts>();
        services.AddSingleton<IVisitorMemory, VisitorMemory>();
        services.AddSingleton<VisitCounter>();
        services.AddScoped<VisitStatistics>();
        services.AddSingleton(BotUserAgents.FromEmbeddedList());
        // Several instances must hash a cookie-less visitor alike: give them one secret. Without it each
        // process draws its own, which only means such a visitor may count twice after a restart.
        var secret = configuration["Counters:VisitorSecret"] is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : RandomNumberGenerator.GetBytes(32);
        services.AddSingleton(provider => new VisitorIds(secret, provider.GetRequiredService<TimeProvider>()));
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Counters:FlushSeconds", 10));
        services.AddSingleton(new RecentVisitStatistics(interval));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<CounterFlusher>(provider, interval));
        services.AddHostedService(provider => provider.GetRequiredService<CounterFlusher>());
    }

    /// <summary>Counting sits after routing (it reads the endpoint) and before any cache of pages.</summary>
    public static void UseVisitCounting(this WebApplication app)
    {
        if (app.Configuration.GetValue("Counters:Enabled", true))
        {
            app.UseMiddleware<VisitCountingMiddleware>();
        }
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(app.Configuration.GetValue("Seeding:DemoContent", false));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountSetup>();
        await accounts.EnsureRolesAsync();
        // Documented demo accounts exist only on a developer's machine, never in production.
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Seeding:DemoAccounts", false))
        {
            await accounts.EnsureDemoAccountsAsync();
        }
    }

    private static string ConnectionString(IConfiguration configuration, IHostEnvironment environment, DatabaseProvider provider)
    {
        var configured = configuration.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (provider == DatabaseProvider.Sqlite)
        {
            return $"Data Source={Path.Combine(DataFolder(configuration, environment), "tuyengiao.db")}";
        }
        throw new InvalidOperationException("ConnectionStrings:Portal must be set when Database:Provider is SqlServer.");
    }

    /// <summary>Where uploaded images are kept: <c>Storage:MediaFolder</c>, by default <c>media</c> in the data folder.</summary>
    public static string MediaFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Storage:MediaFolder"] ?? Path.Combine(DataFolder(configuration, environment), "media"),
            environment.ContentRootPath);

    /// <summary>Where the site keeps what is not code: the SQLite file, data-protection keys, by default the media.</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Storage:DataFolder"] ?? "App_Data", environment.ContentRootPath);
}
