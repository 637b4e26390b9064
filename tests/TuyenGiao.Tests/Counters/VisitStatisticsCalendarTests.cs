using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Counters;

/// <summary>The app on a clock the test moves, starting late on Sunday 29/12/2024 in Vietnam.</summary>
public sealed class ClockedPortal : PortalFactory
{
    public TestClock Clock { get; } = new(new DateTime(2024, 12, 29, 16, 0, 0, DateTimeKind.Utc));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class VisitStatisticsCalendarTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    private async Task VisitAtAsync(int year, int month, int day, int hour, int minute)
    {
        portal.Clock.SetVietnamTime(year, month, day, hour, minute);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36");
        request.Headers.Add("Cookie", Readers.CookieHeaderFor(portal, Readers.NewId()));
        using var response = await portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();
    }

    private async Task<string> StatisticsAtAsync(int year, int month, int day, int hour, int minute)
    {
        portal.Clock.SetVietnamTime(year, month, day, hour, minute);
        var statistics = await portal.WithDatabaseAsync(db =>
            new VisitStatistics(db, portal.Services.GetRequiredService<IVisitorMemory>(), new RecentVisitStatistics(TimeSpan.Zero), portal.Clock).GetAsync());
        return $"hôm nay {statistics.Today}, tuần {statistics.ThisWeek}, tháng {statistics.ThisMonth}, năm {statistics.ThisYear}, tất cả {statistics.AllTime}";
    }

    [Fact]
    public async Task Visits_fall_into_vietnam_days_weeks_from_monday_months_and_years()
    {
        await VisitAtAsync(2024, 12, 29, 23, 59); // Sunday, last minute
        await VisitAtAsync(2024, 12, 30, 0, 1);   // Monday, first minutes: a new day and a new week
        await VisitAtAsync(2024, 12, 31, 23, 59); // last minute of the year
        await VisitAtAsync(2025, 1, 1, 0, 1);     // new year, same week

        Assert.Equal("hôm nay 1, tuần 1, tháng 1, năm 1, tất cả 1", await StatisticsAtAsync(2024, 12, 29, 23, 59));
        Assert.Equal("hôm nay 1, tuần 1, tháng 2, năm 2, tất cả 2", await StatisticsAtAsync(2024, 12, 30, 0, 1));
        Assert.Equal("hôm nay 1, tuần 2, tháng 3, năm 3, tất cả 3", await StatisticsAtAsync(2024, 12, 31, 23, 59));
        Assert.Equal("hôm nay 1, tuần 3, tháng 1, năm 1, tất cả 4", await StatisticsAtAsync(2025, 1, 1, 0, 1));
        Assert.Equal("hôm nay 0, tuần 0, tháng 1, năm 1, tất cả 4", await StatisticsAtAsync(2025, 1, 6, 9, 0));
    }

    [Fact]
    public async Task Online_means_seen_in_the_last_five_minutes()
    {
        await VisitAtAsync(2025, 3, 1, 10, 0);
        await VisitAtAsync(2025, 3, 1, 10, 3);

        var memory = portal.Services.GetRequiredService<IVisitorMemory>();
        Assert.Equal(2, await memory.OnlineCountAsync(portal.Clock.UtcNow.AddMinutes(1)));
        Assert.Equal(1, await memory.OnlineCountAsync(portal.Clock.UtcNow.AddMinutes(3)));
        Assert.Equal(0, await memory.OnlineCountAsync(portal.Clock.UtcNow.AddMinutes(5)));
    }
}
