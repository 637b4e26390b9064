using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Captcha;

namespace TuyenGiao.Tests.Support;

/// <summary>
/// The answers of the challenges the site issued, for tests only: the store below writes them here. The
/// site has no such book, so nothing in production can read an answer back.
/// </summary>
public sealed class CaptchaAnswerBook
{
    private readonly ConcurrentDictionary<string, string> _answers = new();

    public void Write(string challengeId, string answer) => _answers[challengeId] = answer;

    public string AnswerFor(string challengeId) =>
        _answers.TryGetValue(challengeId, out var answer) ? answer : throw new Xunit.Sdk.XunitException($"No challenge {challengeId} was issued.");
}

/// <summary>The site's own database store, noting each answer in the book on the way in.</summary>
public sealed class RevealingCaptchaStore(DatabaseCaptchaStore store, CaptchaAnswerBook book) : ICaptchaStore
{
    public Task AddAsync(string id, IReadOnlyList<string> answers, DateTime issuedAt, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        book.Write(id, answers[0]);
        return store.AddAsync(id, answers, issuedAt, expiresAt, cancellationToken);
    }

    public Task<CaptchaChallenge?> TakeAsync(string id, CancellationToken cancellationToken = default) => store.TakeAsync(id, cancellationToken);
}

/// <summary>
/// The app with the revealing store injected, so tests can solve captchas as a person would. No minimum
/// fill time and generous rate limits, unless a subclass is about those.
/// </summary>
public class FeedbackPortal : PortalFactory
{
    protected virtual int MinimumFillSeconds => 0;
    protected virtual int SubmissionsPerWindow => 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Feedback:MinimumFillSeconds", MinimumFillSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Feedback:SubmissionsPerWindow", SubmissionsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Feedback:ChallengesPerWindow", "100000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<CaptchaAnswerBook>();
            services.AddScoped<DatabaseCaptchaStore>();
            services.AddScoped<ICaptchaStore, RevealingCaptchaStore>();
        });
    }

    public CaptchaAnswerBook Answers => Services.GetRequiredService<CaptchaAnswerBook>();

    /// <summary>Loads the captcha image as the form's &lt;img&gt; does (the cookie lands in the client) and reads it.</summary>
    public async Task<string> SolveCaptchaAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/ma-kiem-tra");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Answers.AnswerFor(ChallengeIdIn(response));
    }

    public static string ChallengeIdIn(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0].Split('=', 2))
            .Single(pair => pair[0] == "tg-captcha")[1];
}

/// <summary>A citizen's filled-in form, field names as the page posts them.</summary>
public static class FeedbackFields
{
    public static Dictionary<string, string> Valid(string body = "Đề nghị Ban biên tập đăng thêm lịch tiếp công dân của xã.") => new()
    {
        ["Form.Name"] = "Nguyễn Thị Hoa",
        ["Form.Email"] = "hoa.nguyen@example.vn",
        ["Form.Subject"] = "Góp ý về lịch tiếp dân",
        ["Form.Body"] = body,
        ["Form.Website"] = "",
    };

    /// <summary>Posts the form the way a browser does: no antiforgery field (the form has none), the captcha cookie in the client.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields, string? captchaAnswer)
    {
        var form = new Dictionary<string, string>(fields);
        if (captchaAnswer is not null)
        {
            form["Form.CaptchaAnswer"] = captchaAnswer;
        }
        return client.PostAsync(url, new FormUrlEncodedContent(form));
    }
}
