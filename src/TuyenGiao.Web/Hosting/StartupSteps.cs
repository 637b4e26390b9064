using Microsoft.Extensions.Options;
using TuyenGiao.Data;
using TuyenGiao.DemoContent;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Hosting;

/// <summary>What runs once between building the app and serving it, in the order Program.cs calls it.</summary>
internal static class StartupSteps
{
    /// <summary>
    /// Checks every typed setting now, before anything uses one. A wrong value stops the start with one
    /// line per problem, naming the key, the value and what is allowed, instead of a stack trace.
    /// </summary>
    public static bool SettingsAreValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception exception) when (exception is OptionsValidationException
            || (exception is AggregateException aggregate && aggregate.InnerExceptions.All(e => e is OptionsValidationException)))
        {
            var failures = exception is AggregateException several
                ? several.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)
                : ((OptionsValidationException)exception).Failures;
            foreach (var failure in failures)
            {
                Console.Error.WriteLine($"Cấu hình không hợp lệ: {failure}");
            }
            return false;
        }
    }

    /// <summary>The database migrated, the roles (and in Development the demo accounts), the demo content if asked for.</summary>
    public static async Task PrepareDataAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync();
        await app.PrepareAccountsAsync();
        await app.SeedDemoContentAsync();
    }

    private static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>Fills an empty database with the demo content when <c>Seeding:DemoContent</c> asks for it.</summary>
    private static async Task SeedDemoContentAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        if (!scope.ServiceProvider.GetRequiredService<IOptions<SeedingOptions>>().Value.DemoContent)
        {
            return;
        }
        if (await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping))
        {
            app.Logger.LogInformation("Đã tạo nội dung trình diễn trong cơ sở dữ liệu trống");
        }
    }
}
