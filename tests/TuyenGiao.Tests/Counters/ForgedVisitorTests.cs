using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Counters;

/// <summary>The app, uncached, with a given daily allowance of cookie-less readers per address.</summary>
public abstract class NewReaderAllowancePortal(int newReadersPerAddress) : PortalFactory
{
    public int NewReadersPerAddress { get; } = newReadersPerAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:Enabled", "false");
        builder.UseSetting("Counters:NewReadersPerAddressPerDay", NewReadersPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>An allowance no test here reaches: what is measured is the cookies alone.</summary>
public sealed class AmpleNewReadersPortal() : NewReaderAllowancePortal(100_000);

/// <summary>An allowance a flood reaches at once.</summary>
public sealed class FewNewReadersPortal() : NewReaderAllowancePortal(5);

/// <summary>A script cannot inflate "Lượt xem" with made-up cookies or User-Agents, nor grow the counters' memory.</summary>
public sealed class ForgedVisitorTests(AmpleNewReadersPortal portal) : IClassFixture<AmpleNewReadersPortal>
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 14; SM-A155F) Chrome/130.0 Mobile Safari/537.36";

    private HttpClient Client() => portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task SendAsync(string url, string userAgent, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(userAgent);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var response = await Client().SendAsync(request);
    }

    private Task FlushAsync() => portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();

    public static TheoryData<string> ForgedCookies => new()
    {
        // The old form: any well-formed 22-character id was believed.
        "tg_khach={0}",
        // The new form with a signature that is not the site's.
        "tg_khach={0}.AAAAAAAAAAAAAAAAAAAAAA",
        "tg_khach={0}.{0}",
    };

    [Theory]
    [MemberData(nameof(ForgedCookies))]
    public async Task A_flood_of_forged_cookies_adds_no_views_and_remembers_no_one_new(string forged)
    {
        var (id, url) = await portal.PublishArticleAsync($"Bài bị gửi cookie giả {Guid.NewGuid():N}", TimeSpan.FromMinutes(5));
        var memory = portal.Services.GetRequiredService<IVisitorMemory>();
        // The machine's own first read: a reader without a cookie, counted once, as any such reader is.
        await SendAsync(url, Phone, cookie: null);
        await FlushAsync();
        var viewsBefore = await portal.StoredViewsAsync(id);
        var onlineBefore = await memory.OnlineCountAsync(DateTime.UtcNow);

        await Task.WhenAll(Enumerable.Range(0, 400).Select(_ =>
            SendAsync(url, Phone, string.Format(System.Globalization.CultureInfo.InvariantCulture, forged, Readers.NewId()))));
        await FlushAsync();

        Assert.Equal(1, viewsBefore);
        Assert.Equal(viewsBefore, await portal.StoredViewsAsync(id));
        Assert.Equal(onlineBefore, await memory.OnlineCountAsync(DateTime.UtcNow));
    }

    [Fact]
    public async Task The_memory_of_visitors_stays_within_its_bounds_however_many_arrive()
    {
        var memory = new VisitorMemory();
        var now = DateTime.UtcNow;
        var day = VisitCalendar.Today(now);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var counted = 0;
        for (var i = 0; i < VisitorMemory.MaxOnline + 50_000; i++)
        {
            var visitor = $"khach-{i:D16}";
            await memory.IsNewVisitAsync(visitor, day, now);
            counted += await memory.IsNewViewAsync(visitor, ViewedItem.Article(1), now) ? 1 : 0;
        }
        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.Equal(VisitorMemory.MaxOnline, await memory.OnlineCountAsync(now));
        Assert.Equal(VisitorMemory.MaxOnline + 50_000, counted);
        // The Bloom filter of today's visitors (fixed) plus at most the two windows' entries: tens of MB, never more.
        Assert.InRange(grown, 0, 64L * 1024 * 1024);
    }
}

/// <summary>Made-up User-Agents from one address are new readers only up to the address's daily allowance.</summary>
public sealed class NewReaderAllowanceTests(FewNewReadersPortal portal) : IClassFixture<FewNewReadersPortal>
{
    [Fact]
    public async Task Made_up_user_agents_from_one_address_count_only_up_to_its_daily_limit_and_get_no_cookie_past_it()
    {
        var (id, url) = await portal.PublishArticleAsync($"Bài bị gửi trình duyệt giả {Guid.NewGuid():N}", TimeSpan.FromMinutes(5));
        var cookiesIssued = 0;
        foreach (var i in Enumerable.Range(0, 60))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd($"Mozilla/5.0 (Script {i}) Chrome/130.0");
            using var response = await portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
            cookiesIssued += response.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith("tg_khach=", StringComparison.Ordinal)) ? 1 : 0;
        }
        await portal.Services.GetRequiredService<CounterFlusher>().FlushAsync();

        Assert.Equal(portal.NewReadersPerAddress, await portal.StoredViewsAsync(id));
        Assert.Equal(portal.NewReadersPerAddress, cookiesIssued);
    }
}
