using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Hosting;

/// <summary>Log lines are written off the request path, and a clean stop loses none of them.</summary>
public sealed class RequestLogTests : DataFolderTest
{
    [Fact]
    public async Task Every_request_is_in_the_log_file_after_a_clean_stop()
    {
        Directory.CreateDirectory(DataFolder);
        var port = FreePort();
        var logFile = Path.Combine(DataFolder, "logs", "portal-.log");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TuyenGiao.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = DataFolder;
        start.Environment["Site__PublicUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["Logs__FilePath"] = logFile;
        using var app = Process.Start(start)!;
        // Read what it prints, so a full pipe never stalls it.
        var output = app.StandardOutput.ReadToEndAsync();
        var errors = app.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await UntilHealthyAsync(client);

        const int Requests = 300;
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i => (await client.GetAsync($"/khong-co-trang-{i}")).Dispose()));
        // SIGTERM: what systemd or Docker sends to stop a service.
        using (var kill = Process.Start("kill", ["-TERM", app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await app.WaitForExitAsync();
        await Task.WhenAll(output, errors);

        var lines = Directory.GetFiles(Path.GetDirectoryName(logFile)!).SelectMany(File.ReadAllLines).ToList();
        var logged = Enumerable.Range(0, Requests).Count(i => lines.Any(line => line.Contains($"HTTP GET /khong-co-trang-{i} responded 404", StringComparison.Ordinal)));
        Assert.Equal(0, app.ExitCode);
        Assert.Equal(Requests, logged);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task UntilHealthyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("The app did not become healthy within 30 s.");
    }
}
