using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Tests.Support;

/// <summary>The app on a clock the test moves, with the schedule's look and the counters' flush run by hand.</summary>
public sealed class MovableClockPortal : PortalFactory
{
    public TestClock Clock { get; } = new(DateTime.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Publishing:CheckSeconds", "3600");
        builder.UseSetting("Counters:FlushSeconds", "3600");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
