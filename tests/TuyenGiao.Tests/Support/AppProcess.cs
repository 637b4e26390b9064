using System.Diagnostics;

namespace TuyenGiao.Tests.Support;

/// <summary>The built app run as its own process, the way an operator runs it: what it printed and how it exited.</summary>
public static class AppProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string dataFolder, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TuyenGiao.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Site__PublicUrl"] = "http://localhost";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
