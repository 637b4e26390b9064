using System.Diagnostics;

namespace TuyenGiao.Tests.Support;

/// <summary>How far this process's working set rises while some work runs, sampled every 10 ms.</summary>
public static class WorkingSet
{
    /// <summary>The work's result, and the peak working set during it minus the working set just before (after a collection).</summary>
    public static async Task<(T Result, long Growth)> GrowthDuringAsync<T>(Func<Task<T>> work)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var measuring = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!measuring.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(10);
            }
        });
        var result = await work();
        await measuring.CancelAsync();
        await sampler;
        return (result, peak - before);
    }
}
