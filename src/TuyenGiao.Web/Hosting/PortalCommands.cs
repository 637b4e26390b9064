using System.Diagnostics;
using TuyenGiao.DemoContent;

namespace TuyenGiao.Web.Hosting;

/// <summary>
/// Operator commands run through the app itself, so they use its configuration (provider, connection
/// string, data folder): <c>dotnet run --project src/TuyenGiao.Web -- generate-archive --count 100000</c>.
/// </summary>
internal static class PortalCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "generate-archive";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "generate-archive":
                var count = app.Configuration.GetValue("count", 100_000);
                var seed = app.Configuration.GetValue("seed", 2024);
                using (var scope = app.Services.CreateScope())
                {
                    var generator = scope.ServiceProvider.GetRequiredService<ArchiveGenerator>();
                    var stopwatch = Stopwatch.StartNew();
                    void Report(int made)
                    {
                        if (made % 10_000 == 0)
                        {
                            Console.WriteLine($"{made:N0} / {count:N0} bài viết, {stopwatch.Elapsed.TotalSeconds:N0} s");
                        }
                    }
                    await generator.GenerateAsync(count, seed, Report, app.Lifetime.ApplicationStopping);
                    Console.WriteLine($"Đã tạo {count:N0} bài viết trong {stopwatch.Elapsed.TotalSeconds:N1} s.");
                }
                return 0;
            default:
                Console.Error.WriteLine($"Lệnh không hợp lệ: {args[0]}");
                return 2;
        }
    }
}
