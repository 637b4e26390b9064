using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Admin;

public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "tuyengiao-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private async Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TuyenGiao.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = _dataFolder;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + errors);
    }

    [Fact]
    public async Task The_first_admin_comes_from_the_command_and_can_sign_in_with_the_printed_password()
    {
        var (exitCode, output) = await RunAppAsync("create-admin", "--email", "quantri@tinh.gov.vn", "--name", "Trần Văn Quản");
        var password = Regex.Match(output, @"Mật khẩu: (\S+)").Groups[1].Value;

        Assert.Equal(0, exitCode);
        Assert.Contains("Đã tạo tài khoản quản trị quantri@tinh.gov.vn.", output);
        Assert.Matches("^[A-Za-z0-9]{16}$", password);

        await using var portal = PortalFactory.OnDataFolder(_dataFolder);
        var client = portal.Browser();
        using var signIn = await client.SignInAsync("quantri@tinh.gov.vn", password);
        var users = await HtmlPage.GetAsync(client, "/admin/nguoi-dung");
        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Contains("Trần Văn Quản", users.Text(".admin-table"));
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_email_is_refused_with_a_vietnamese_reason()
    {
        var weak = await RunAppAsync("create-admin", "--email", "a@tinh.gov.vn", "--password", "ngan");
        var first = await RunAppAsync("create-admin", "--email", "b@tinh.gov.vn", "--password", "MatKhauManh2024");
        var taken = await RunAppAsync("create-admin", "--email", "b@tinh.gov.vn", "--password", "MatKhauManh2024");
        var missing = await RunAppAsync("create-admin");

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("Mật khẩu cần ít nhất 10 ký tự.", weak.Output);
        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("Mật khẩu:", first.Output);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("đã tồn tại", taken.Output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Thiếu email", missing.Output);
    }
}
