using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Counters;
using TuyenGiao.Tests.Contests;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.ScaleOut;

/// <summary>Two instances on one database and one real Redis behave as one site.</summary>
[Trait(TestSuites.Trait, TestSuites.ScaleOut)]
public sealed class ScaleOutTests : DataFolderTest, IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly ScaleOutInstance _first;
    private readonly ScaleOutInstance _second;

    public ScaleOutTests(RedisServer redis)
    {
        Directory.CreateDirectory(DataFolder);
        var database = Path.Combine(DataFolder, "shared.db");
        _first = new ScaleOutInstance(database, redis.Configuration);
        _second = new ScaleOutInstance(database, redis.Configuration);
    }

    public Task InitializeAsync()
    {
        // One after the other: the first migrates and seeds the shared database.
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    private static HttpClient Reader(PortalFactory instance) =>
        instance.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    private Task<(int Id, string Url)> NewArticleAsync(string title) => _first.PublishArticleAsync(title, TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Two_instances_take_attempts_for_one_round_a_person_holds_one_open_attempt_across_both_and_each_is_counted_once()
    {
        var contest = await _first.NewContestAsync(DateTime.UtcNow, "Cuộc thi thử trên hai máy chủ");
        ScaleOutInstance[] instances = [_first, _second];

        // One person starting on both instances at once (two devices, a double tap) gets one attempt.
        var starts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => instances[i % 2].StartAsync(instances[i % 2].Browser(), contest, "0933000999")));
        // Twenty people, each entering through one instance and submitting through the other, then sending it again through the first.
        var people = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var (entry, submit) = (instances[i % 2], instances[(i + 1) % 2]);
            var client = entry.Browser();
            var attemptUrl = await entry.StartAsync(client, contest, $"09330{i:D5}");
            var replay = new Dictionary<string, string> { ["Prediction"] = "1", ["cau1"] = "1" };
            using var submitted = await ContestFixtures.SubmitAsync(submit.Browser(), attemptUrl, right: i % 4);
            using var again = await client.PostAsync(attemptUrl, new FormUrlEncodedContent(replay));
            return (submitted.StatusCode, again.StatusCode);
        }));
        var attempts = await _second.WithDatabaseAsync(db => db.ContestAttempts.AsNoTracking()
            .Where(a => db.ContestRounds.Any(r => r.Id == a.RoundId && r.ContestId == contest.Id)).ToListAsync());

        Assert.Single(starts.Distinct());
        Assert.All(people, p => Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), p));
        Assert.Equal(21, attempts.Count);
        Assert.Equal(20, attempts.Count(a => a.Score is not null));
        Assert.Equal(Enumerable.Range(0, 20).Sum(i => i % 4 == 3 ? 3 : i % 4), attempts.Sum(a => a.Score ?? 0));
    }

    [Fact]
    public async Task A_page_published_through_one_instance_is_evicted_on_the_other()
    {
        var (id, url) = await NewArticleAsync("Bài đăng qua máy chủ thứ nhất");
        var cachedOnSecond = await HtmlPage.GetAsync(Reader(_second), url);
        var editorEmail = await _first.CreateAccountAsync(Roles.Editor);
        var editor = _first.Browser();
        using (await editor.SignInAsync(editorEmail)) { }
        var form = await EditorForm.OpenAsync(editor, $"/admin/bai-viet/{id}");
        form["Form.Sapo"] = "Tóm tắt sửa qua máy chủ thứ nhất.";
        using var saved = await editor.PostFormAsync($"/admin/bai-viet/{id}?handler=Publish", form, $"/admin/bai-viet/{id}");

        using var fromSecond = await Reader(_second).GetAsync(url);
        var page = await HtmlPage.FromResponseAsync(fromSecond);

        Assert.Equal(HttpStatusCode.OK, cachedOnSecond.Status);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Tóm tắt sửa qua máy chủ thứ nhất.", page.Text(".sapo"));
    }

    [Fact]
    public async Task Lists_one_instance_holds_in_memory_are_read_afresh_when_the_other_publishes()
    {
        var (_, url) = await NewArticleAsync("Tin đọc trên máy chủ thứ hai");
        var before = await HtmlPage.GetAsync(Reader(_second), url);

        await NewArticleAsync("Tin mới đăng qua máy chủ thứ nhất");
        var after = await HtmlPage.GetAsync(Reader(_second), url);

        Assert.DoesNotContain("Tin mới đăng qua máy chủ thứ nhất", before.Texts("#tin-lien-quan ~ * a"));
        Assert.Contains("Tin mới đăng qua máy chủ thứ nhất", after.Texts("#tin-lien-quan ~ * a"));
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_is_valid_on_the_other()
    {
        var email = await _first.CreateAccountAsync(Roles.Editor);
        var jar = new CookieContainer();
        var throughFirst = _first.CreateDefaultClient(new SharedCookies(jar));
        var throughSecond = _second.CreateDefaultClient(new SharedCookies(jar));

        using var signIn = await throughFirst.SignInAsync(email);
        using var onSecond = await throughSecond.GetAsync("/admin/bai-viet");
        var page = await HtmlPage.FromResponseAsync(onSecond);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Contains("Bài viết", page.Text("h1"));
    }

    [Fact]
    public async Task Counts_from_both_instances_add_up_to_each_reader_once()
    {
        var (id, url) = await NewArticleAsync("Bài được đọc qua hai máy chủ");
        var today = VisitCalendar.Today(DateTime.UtcNow);
        var visitsBefore = await VisitsAsync(today);
        var readersOfBoth = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid().ToString("N")[..22]).ToList();
        var readersOfSecond = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid().ToString("N")[..22]).ToList();

        // Each of the first thirty reads the article on one instance, then again on the other.
        await Task.WhenAll(readersOfBoth.Select(reader => ReadAsync(_first, url, reader)));
        await Task.WhenAll(readersOfBoth.Select(reader => ReadAsync(_second, url, reader))
            .Concat(readersOfSecond.Select(reader => ReadAsync(_second, url, reader))));
        var views = await FlushedUntilAsync(50, () => _first.StoredViewsAsync(id));
        var visits = await FlushedUntilAsync(50, async () => await VisitsAsync(today) - visitsBefore);

        Assert.Equal(50, views);
        Assert.Equal(50, visits);
    }

    // A view is counted once the page has gone out, after the reader has it, so the last few may reach
    // the pending counts just after the last response: flush until the figure is reached or time is up.
    private async Task<long> FlushedUntilAsync(long expected, Func<Task<long>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long figure;
        do
        {
            await _first.Services.GetRequiredService<CounterFlusher>().FlushAsync();
            await _second.Services.GetRequiredService<CounterFlusher>().FlushAsync();
            figure = await read();
            if (figure == expected)
            {
                return figure;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return figure;
    }

    private Task<long> VisitsAsync(DateOnly day) =>
        _first.WithDatabaseAsync(db => db.SiteDailyVisits.Where(v => v.Day == day).Select(v => v.Visits).SingleOrDefaultAsync());

    private static async Task ReadAsync(PortalFactory instance, string url, string visitor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", Readers.CookieHeaderFor(instance, visitor));
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 13; SM-A145F) Mobile Safari/537.36");
        using var response = await Reader(instance).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
