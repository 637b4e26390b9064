using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Audit;
using TuyenGiao.Contests;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;

namespace TuyenGiao.Tests.Contests;

/// <summary>The app with captchas the tests can read, on a clock they move.</summary>
public sealed class ContestPortal : FeedbackPortal
{
    public TestClock Clock { get; } = new(DateTime.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Publishing:CheckSeconds", "3600");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Task<Contest> NewContestAsync(string name, int questionsPerAttempt = 3, int bankSize = 5, int attemptsPerRound = 2, int minutes = 10) =>
        this.NewContestAsync(Clock.UtcNow, name, questionsPerAttempt, bankSize, attemptsPerRound, minutes);
}

/// <summary>Contests for tests, made through the committee's services, and taken as a person takes them.</summary>
public static class ContestFixtures
{
    /// <summary>
    /// A published contest: one round open at <paramref name="utcNow"/> (and a second to come), a bank of
    /// <paramref name="bankSize"/> questions whose right answer is always the option "Đúng n".
    /// </summary>
    public static async Task<Contest> NewContestAsync(
        this PortalFactory portal, DateTime utcNow, string name, int questionsPerAttempt = 3, int bankSize = 5, int attemptsPerRound = 2, int minutes = 10)
    {
        using var scope = portal.Services.CreateScope();
        var now = VietnamTime.ToLocal(utcNow);
        var fields = new ContestFields(name, "Ban Tuyên giáo (thử)", "## Thể lệ\n\nThi thử.", questionsPerAttempt, minutes, attemptsPerRound, true, true,
            [new RoundFields("Tuần 1", now.AddHours(-1), now.AddDays(6)), new RoundFields("Tuần 2", now.AddDays(6), now.AddDays(13))]);
        var saved = await scope.ServiceProvider.GetRequiredService<ContestEditing>().SaveAsync(null, fields, Actor.System);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Value)));
        var bank = scope.ServiceProvider.GetRequiredService<QuestionBank>();
        for (var i = 1; i <= bankSize; i++)
        {
            var errors = await bank.SaveAsync(saved.Item!.Id, null,
                new QuestionFields($"Câu hỏi thử số {i}?", $"Sai {i}a", $"Đúng {i}", $"Sai {i}c", $"Sai {i}d", "B", $"Giải thích câu {i}."), Actor.System);
            Assert.True(errors.IsEmpty);
        }
        return saved.Item!;
    }

    public static Task<int> UnitIdAsync(this PortalFactory portal) =>
        portal.WithDatabaseAsync(db => db.ContestUnits.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());

    /// <summary>Fills "Vào thi" as a person does: the response of the post. With captchas on, the portal must read them (<see cref="FeedbackPortal"/>).</summary>
    public static async Task<HttpResponseMessage> EnterAsync(this PortalFactory portal, HttpClient client, Contest contest, string phone, string name = "Trần Thị Thử", string? captcha = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Phone"] = phone,
            ["Form.FullName"] = name,
            ["Form.BirthYear"] = "1990",
            ["Form.UnitId"] = (await portal.UnitIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.CaptchaAnswer"] = captcha ?? (portal is FeedbackPortal readable ? await readable.SolveCaptchaAsync(client) : ""),
        };
        // The page is cached for everyone, so its form has no antiforgery token to send.
        return await client.PostAsync($"/cuoc-thi/{contest.Slug}/vao-thi", new FormUrlEncodedContent(fields));
    }

    /// <summary>Starts an attempt and answers where it leads: the attempt's address.</summary>
    public static async Task<string> StartAsync(this PortalFactory portal, HttpClient client, Contest contest, string phone)
    {
        using var response = await portal.EnterAsync(client, contest, phone);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Answers every question of the sheet with the option whose text starts with "Đúng" when <paramref name="right"/>, else another.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string attemptUrl, int right, string prediction = "3")
    {
        var sheet = await HtmlPage.GetAsync(client, attemptUrl);
        var fields = new Dictionary<string, string> { ["Prediction"] = prediction };
        var questions = sheet.Document.QuerySelectorAll("fieldset.contest-question").ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            var options = questions[i].QuerySelectorAll("input[type=radio]").ToList();
            var correct = options.First(o => questions[i].QuerySelector($"label[for='{o.Id}']")!.TextContent.Contains("Đúng", StringComparison.Ordinal));
            var chosen = i < right ? correct : options.First(o => o != correct);
            fields[chosen.GetAttribute("name")!] = chosen.GetAttribute("value")!;
        }
        return await client.PostAsync(attemptUrl, new FormUrlEncodedContent(fields));
    }
}
