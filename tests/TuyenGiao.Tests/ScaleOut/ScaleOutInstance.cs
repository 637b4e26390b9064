using Microsoft.AspNetCore.Hosting;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.ScaleOut;

/// <summary>
/// One of several instances of the site: its own data folder (so its own key folder, which Redis must
/// make unnecessary), the shared database, and the shared Redis.
/// </summary>
public sealed class ScaleOutInstance(string sharedDatabaseFile, string redisConfiguration) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={sharedDatabaseFile}");
        builder.UseSetting("Redis:Configuration", redisConfiguration);
        // Readers without a cookie must hash alike on every instance.
        builder.UseSetting("Counters:VisitorSecret", Convert.ToBase64String(new byte[32]));
        // A test cannot read the captcha here (the contest tests and the feedback tests check it); the rest of a contest's entry is the same.
        builder.UseSetting("Contests:CaptchaRequired", "false");
    }
}
