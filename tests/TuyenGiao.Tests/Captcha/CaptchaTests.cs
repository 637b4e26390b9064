using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using TuyenGiao.Data;
using TuyenGiao.Captcha;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Captcha;

/// <summary>The challenges on their real store, a SQLite file, with a clock the test moves.</summary>
public sealed class CaptchaTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new(new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc));
    private readonly ServiceProvider _services;

    public CaptchaTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddScoped(_ => _database.CreateContext());
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddSingleton<PortalSecrets>();
        services.AddSingleton<CaptchaAnswers>();
        services.AddScoped<ICaptchaStore, DatabaseCaptchaStore>();
        services.AddScoped<Captchas>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>As each request gets them: a scope of its own, one key for the whole site.</summary>
    private Captchas NewCaptchas() => _services.CreateScope().ServiceProvider.GetRequiredService<Captchas>();

    private async Task<CaptchaChallenge> StoredAsync(string id)
    {
        await using var db = _database.CreateContext();
        return await db.CaptchaChallenges.SingleAsync(c => c.Id == id);
    }

    private async Task OnlyQuestionAsync(string question, string answers)
    {
        await using var db = _database.CreateContext();
        await db.CaptchaQuestions.ExecuteDeleteAsync();
        db.CaptchaQuestions.Add(new CaptchaQuestion { Question = question, Answers = answers });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_correct_answer_passes_once_and_a_replay_fails()
    {
        var (id, code) = await NewCaptchas().IssueCodeAsync();

        var first = await NewCaptchas().CheckAsync(id, code);
        var replay = await NewCaptchas().CheckAsync(id, code);

        Assert.Equal(CaptchaVerdict.Passed, first.Verdict);
        Assert.Equal(CaptchaVerdict.Stale, replay.Verdict);
    }

    [Fact]
    public async Task A_wrong_answer_uses_the_challenge_up()
    {
        var (id, code) = await NewCaptchas().IssueCodeAsync();

        var wrong = await NewCaptchas().CheckAsync(id, code + "X");
        var thenRight = await NewCaptchas().CheckAsync(id, code);

        Assert.Equal(CaptchaVerdict.Wrong, wrong.Verdict);
        Assert.Equal(CaptchaVerdict.Stale, thenRight.Verdict);
    }

    [Fact]
    public async Task An_empty_answer_is_reported_as_missing_and_uses_the_challenge_up()
    {
        var (id, code) = await NewCaptchas().IssueCodeAsync();

        Assert.Equal(CaptchaVerdict.Missing, (await NewCaptchas().CheckAsync(id, "  ")).Verdict);
        Assert.Equal(CaptchaVerdict.Stale, (await NewCaptchas().CheckAsync(id, code)).Verdict);
    }

    [Fact]
    public async Task Answers_are_compared_without_regard_to_case_or_spaces()
    {
        var (id, code) = await NewCaptchas().IssueCodeAsync();
        var typed = " " + string.Join(' ', code.ToLowerInvariant().ToCharArray()) + " ";

        Assert.Equal(CaptchaVerdict.Passed, (await NewCaptchas().CheckAsync(id, typed)).Verdict);
    }

    [Fact]
    public async Task A_challenge_expires_after_ten_minutes()
    {
        var captchas = NewCaptchas();
        var (early, earlyCode) = await captchas.IssueCodeAsync();
        var (late, lateCode) = await captchas.IssueCodeAsync();

        _clock.UtcNow += TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1);
        Assert.Equal(CaptchaVerdict.Passed, (await NewCaptchas().CheckAsync(early, earlyCode)).Verdict);
        _clock.UtcNow += TimeSpan.FromSeconds(1);
        Assert.Equal(CaptchaVerdict.Stale, (await NewCaptchas().CheckAsync(late, lateCode)).Verdict);
    }

    [Fact]
    public async Task Expired_challenges_are_cleared_when_new_ones_are_issued()
    {
        await NewCaptchas().IssueCodeAsync();
        _clock.UtcNow += TimeSpan.FromMinutes(11);
        await NewCaptchas().IssueCodeAsync();

        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.CaptchaChallenges.CountAsync());
    }

    [Fact]
    public async Task An_unknown_or_malformed_challenge_id_fails()
    {
        Assert.Equal(CaptchaVerdict.Stale, (await NewCaptchas().CheckAsync(null, "ABCDE")).Verdict);
        Assert.Equal(CaptchaVerdict.Stale, (await NewCaptchas().CheckAsync("not-an-id", "ABCDE")).Verdict);
        Assert.Equal(CaptchaVerdict.Stale, (await NewCaptchas().CheckAsync(new string('a', CaptchaChallenge.IdLength), "ABCDE")).Verdict);
    }

    [Fact]
    public async Task Of_two_submissions_racing_with_one_answer_only_one_passes()
    {
        var (id, code) = await NewCaptchas().IssueCodeAsync();

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => NewCaptchas().CheckAsync(id, code))));

        Assert.Single(verdicts, v => v.Passed);
    }

    [Fact]
    public async Task Codes_are_five_or_six_characters_without_look_alikes()
    {
        var codes = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            codes.Add((await NewCaptchas().IssueCodeAsync()).Code);
        }

        Assert.All(codes, code => Assert.Matches("^[A-HJKMNP-Z2-9]{5,6}$", code));
        Assert.Contains(codes, c => c.Length == 5);
        Assert.Contains(codes, c => c.Length == 6);
        Assert.True(codes.Distinct().Count() > 190, "codes repeat far more than chance allows");
    }

    [Fact]
    public async Task A_new_installation_has_the_default_question_pool()
    {
        await using var db = _database.CreateContext();

        Assert.Equal(DefaultCaptchaQuestions.All.Count, await db.CaptchaQuestions.CountAsync());
    }

    [Fact]
    public async Task A_text_question_comes_from_the_pool_and_its_answers_are_compared_without_tones_case_or_punctuation()
    {
        await OnlyQuestionAsync("Vịnh Hạ Long thuộc tỉnh nào?", "Quảng Ninh | tỉnh Quảng Ninh");

        var (id, question) = (await NewCaptchas().IssueQuestionAsync())!.Value;
        var (other, _) = (await NewCaptchas().IssueQuestionAsync())!.Value;
        var (wrong, _) = (await NewCaptchas().IssueQuestionAsync())!.Value;

        Assert.Equal("Vịnh Hạ Long thuộc tỉnh nào?", question);
        Assert.Equal(CaptchaVerdict.Passed, (await NewCaptchas().CheckAsync(id, "  quang  NINH.")).Verdict);
        Assert.Equal(CaptchaVerdict.Passed, (await NewCaptchas().CheckAsync(other, "Tỉnh Quảng Ninh")).Verdict);
        Assert.Equal(CaptchaVerdict.Wrong, (await NewCaptchas().CheckAsync(wrong, "Hải Phòng")).Verdict);
    }

    [Fact]
    public async Task An_emptied_pool_offers_no_question()
    {
        await using (var db = _database.CreateContext())
        {
            await db.CaptchaQuestions.ExecuteDeleteAsync();
        }

        Assert.Null(await NewCaptchas().IssueQuestionAsync());
    }

    [Fact]
    public async Task Answers_are_stored_as_keyed_hashes_never_as_text()
    {
        await OnlyQuestionAsync("Thủ đô của Việt Nam là thành phố nào?", "Hà Nội | Ha Noi");
        var (codeId, code) = await NewCaptchas().IssueCodeAsync();
        var (questionId, _) = (await NewCaptchas().IssueQuestionAsync())!.Value;

        var forCode = (await StoredAsync(codeId)).AnswerHashes;
        var forQuestion = (await StoredAsync(questionId)).AnswerHashes;

        Assert.Matches("^[0-9a-f]{64}$", forCode);
        Assert.DoesNotContain(code, forCode, StringComparison.OrdinalIgnoreCase);
        // "Hà Nội" and "Ha Noi" fold alike, so they are one hash; and none is the bare SHA-256 of the answer.
        Assert.Matches("^[0-9a-f]{64}$", forQuestion);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("hanoi"u8)), forQuestion);
    }

    [Fact]
    public void Images_are_pngs_of_the_stated_size_with_the_code_drawn_and_differ_between_challenges()
    {
        var first = CaptchaImage.Draw("KM7PX");
        var second = CaptchaImage.Draw("KM7PX");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], first[..4]);
        using var bitmap = SKBitmap.Decode(first);
        Assert.Equal((CaptchaImage.Width, CaptchaImage.Height), (bitmap.Width, bitmap.Height));
        // Dark ink on a light ground. Noise and curves alone make under 500 dark pixels; these five letters
        // at the smallest size make over 1,000, so a font that failed to load cannot pass unseen.
        var dark = bitmap.Pixels.Count(p => p.Red + p.Green + p.Blue < 300);
        Assert.InRange(dark, 1000, CaptchaImage.Width * CaptchaImage.Height / 3);
        Assert.NotEqual(first, second);
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
