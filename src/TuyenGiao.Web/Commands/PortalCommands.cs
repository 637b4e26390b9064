using System.Diagnostics;
using System.Security.Cryptography;
using TuyenGiao.Accounts;
using TuyenGiao.Backup;
using TuyenGiao.DemoContent;
using TuyenGiao.Web.Hosting;

namespace TuyenGiao.Web.Commands;

/// <summary>
/// Operator commands run through the app itself, so they use its configuration (provider, connection
/// string, data folder): <c>dotnet run --project src/TuyenGiao.Web -- generate-archive --count 100000</c>.
/// </summary>
internal static class PortalCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "generate-archive" or "generate-documents" or "create-admin" or "backup" or "restore";

    /// <summary>A command's own arguments (<c>--count 1000</c>), apart from the app's settings.</summary>
    private sealed class Arguments
    {
        public int Count { get; set; } = 100_000;
        public int Seed { get; set; } = 2024;
        public string? Email { get; set; }
        public string? Name { get; set; }
        public string? Password { get; set; }
        public string? To { get; set; }
        public string? From { get; set; }
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        Arguments arguments;
        try
        {
            arguments = new ConfigurationBuilder().AddCommandLine(args[1..]).Build().Get<Arguments>() ?? new Arguments();
        }
        catch (InvalidOperationException)
        {
            Console.Error.WriteLine("Tham số không hợp lệ: --count và --seed phải là số nguyên.");
            return 2;
        }
        switch (args[0])
        {
            case "backup":
                return await BackupAsync(app, arguments);
            case "restore":
                return await RestoreAsync(app, arguments);
            case "generate-archive":
                return await GenerateAsync(app, arguments, "bài viết",
                    (services, report, stopping) => services.GetRequiredService<ArchiveGenerator>().GenerateAsync(arguments.Count, arguments.Seed, report, stopping));
            case "generate-documents":
                return await GenerateAsync(app, arguments, "văn bản",
                    (services, report, stopping) => services.GetRequiredService<DocumentArchiveGenerator>().GenerateAsync(arguments.Count, arguments.Seed, report, stopping));
            case "create-admin":
                await app.PrepareDataAsync();
                return await CreateAdminAsync(app, arguments);
            default:
                Console.Error.WriteLine($"Lệnh không hợp lệ: {args[0]}");
                return 2;
        }
    }

    /// <summary><c>generate-archive</c> and <c>generate-documents --count N</c>: a large made-up archive for benchmarks, with progress.</summary>
    private static async Task<int> GenerateAsync(
        WebApplication app, Arguments arguments, string what, Func<IServiceProvider, Action<int>, CancellationToken, Task> generate)
    {
        await app.PrepareDataAsync();
        using var scope = app.Services.CreateScope();
        var stopwatch = Stopwatch.StartNew();
        void Report(int made)
        {
            if (made % 10_000 == 0)
            {
                Console.WriteLine($"{made:N0} / {arguments.Count:N0} {what}, {stopwatch.Elapsed.TotalSeconds:N0} s");
            }
        }
        await generate(scope.ServiceProvider, Report, app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Đã tạo {arguments.Count:N0} {what} trong {stopwatch.Elapsed.TotalSeconds:N1} s.");
        return 0;
    }

    /// <summary><c>backup --to tuyengiao.zip</c>: the database, media and keys in one archive, while the site runs.</summary>
    private static async Task<int> BackupAsync(WebApplication app, Arguments arguments)
    {
        if (string.IsNullOrWhiteSpace(arguments.To))
        {
            Console.Error.WriteLine("Thiếu nơi ghi: backup --to /duong/dan/sao-luu.zip");
            return 2;
        }
        try
        {
            var manifest = await ActivatorUtilities.CreateInstance<PortalBackup>(app.Services).CreateAsync(Path.GetFullPath(arguments.To));
            Console.WriteLine($"Đã sao lưu vào {Path.GetFullPath(arguments.To)}: {manifest.Articles:N0} bài viết, {manifest.FeedbackMessages:N0} phản hồi, "
                + $"{manifest.Images:N0} ảnh, {manifest.Files.Count:N0} tệp ({manifest.Files.Sum(f => f.Bytes) / 1024.0 / 1024:N1} MB).");
            return 0;
        }
        catch (BackupException exception)
        {
            Console.Error.WriteLine($"Không sao lưu được: {exception.Message}");
            return 1;
        }
    }

    /// <summary><c>restore --from tuyengiao.zip</c>: into the configured data folder, which must be empty.</summary>
    private static async Task<int> RestoreAsync(WebApplication app, Arguments arguments)
    {
        if (string.IsNullOrWhiteSpace(arguments.From))
        {
            Console.Error.WriteLine("Thiếu tệp sao lưu: restore --from /duong/dan/sao-luu.zip");
            return 2;
        }
        try
        {
            var manifest = await ActivatorUtilities.CreateInstance<PortalBackup>(app.Services).RestoreAsync(Path.GetFullPath(arguments.From));
            Console.WriteLine($"Đã khôi phục bản sao lưu lúc {manifest.CreatedAtUtc:u}: {manifest.Articles:N0} bài viết, "
                + $"{manifest.FeedbackMessages:N0} phản hồi, {manifest.Images:N0} ảnh.");
            return 0;
        }
        catch (Exception exception) when (exception is BackupException or InvalidDataException)
        {
            Console.Error.WriteLine($"Không khôi phục được: {exception.Message}");
            return 1;
        }
    }

    /// <summary>
    /// <c>create-admin --email … [--name …] [--password …]</c>: the first admin of an installation. Without
    /// --password a strong one is generated and printed once.
    /// </summary>
    private static async Task<int> CreateAdminAsync(WebApplication app, Arguments arguments)
    {
        var email = arguments.Email;
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine("Thiếu email: create-admin --email ten@donvi.gov.vn [--name \"Họ tên\"] [--password …]");
            return 2;
        }
        var password = arguments.Password;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = GeneratedPassword();
        }
        using var scope = app.Services.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<AccountSetup>();
        var result = await setup.CreateAsync(email.Trim(), password!, arguments.Name ?? "Quản trị", Roles.Admin);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Không tạo được tài khoản: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }
        Console.WriteLine($"Đã tạo tài khoản quản trị {email}.");
        if (generated)
        {
            Console.WriteLine($"Mật khẩu: {password}  (chỉ hiện một lần; hãy đổi sau khi đăng nhập)");
        }
        return 0;
    }

    // Letters and digits without look-alikes, with each class the password policy asks for.
    private static string GeneratedPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        var all = upper + lower + digits;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits) }
            .Concat(Enumerable.Range(0, 13).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }
}
