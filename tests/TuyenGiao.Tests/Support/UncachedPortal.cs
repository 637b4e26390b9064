using Microsoft.AspNetCore.Hosting;

namespace TuyenGiao.Tests.Support;

/// <summary>The app with the output cache off: for tests of what a page shows at the moment it is rendered.</summary>
public sealed class UncachedPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:Enabled", "false");
    }
}
