using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Contests;
using TuyenGiao.Tests.Polls;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Contests;

public class ContestTests(ContestPortal portal) : IClassFixture<ContestPortal>
{
    private static int _phones;

    /// <summary>A mobile number no other test of this class uses.</summary>
    private static string NewPhone() => $"0987{Interlocked.Increment(ref _phones):D6}";

    private Task<List<ContestAttempt>> AttemptsAsync(Contest contest) =>
        portal.WithDatabaseAsync(db => db.ContestAttempts.AsNoTracking().Where(a => db.ContestRounds.Any(r => r.Id == a.RoundId && r.ContestId == contest.Id)).ToListAsync());

    [Fact]
    public async Task A_participant_registers_takes_an_attempt_and_sees_the_score_while_the_answers_never_reach_the_page()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: đăng ký và làm bài");
        var reader = portal.Browser();
        var phone = NewPhone();

        var attemptUrl = await portal.StartAsync(reader, contest, phone);
        var sheet = await HtmlPage.GetAsync(reader, attemptUrl);
        using var submitted = await ContestFixtures.SubmitAsync(reader, attemptUrl, right: 2);
        var result = await HtmlPage.GetAsync(reader, submitted.Headers.Location!.OriginalString);
        var participant = await portal.WithDatabaseAsync(db => db.ContestParticipants.AsNoTracking().SingleAsync(p => p.ContestId == contest.Id));

        Assert.Equal(3, sheet.Document.QuerySelectorAll("fieldset.contest-question").Length);
        Assert.All(sheet.Document.QuerySelectorAll("input[type=radio]"), input => Assert.Contains(input.GetAttribute("value"), new[] { "0", "1", "2", "3" }));
        Assert.DoesNotContain("Giải thích câu", sheet.Html);
        Assert.Empty(sheet.Document.QuerySelectorAll("script:not([src])"));
        Assert.DoesNotContain(sheet.Document.All, e => e.Attributes.Any(a => a.Name.Contains("correct", StringComparison.OrdinalIgnoreCase) || a.Name.Contains("dap-an", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("Bạn trả lời đúng 2/3 câu", result.Text(".contest-score"));
        Assert.Contains("09xx xxx", result.Text(".meta"));
        Assert.DoesNotContain(phone, result.Html);
        Assert.DoesNotContain(phone, participant.PhoneKey);
        Assert.Equal($"09xx xxx {phone[^3..]}", participant.PhoneMasked);
        Assert.Equal("Trần Thị Thử", participant.FullName);
    }

    [Fact]
    public async Task The_entry_page_is_one_cached_copy_for_everyone_and_posts_from_another_sites_page_start_or_submit_nothing()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: trang vào thi dùng chung");
        var entryUrl = $"/cuoc-thi/{contest.Slug}/vao-thi";
        var reader = portal.Browser();
        var attemptUrl = await portal.StartAsync(reader, contest, NewPhone());

        var first = await HtmlPage.GetAsync(portal.Browser(), entryUrl);
        using var second = await portal.Browser().GetAsync(entryUrl);
        var sheet = await HtmlPage.GetAsync(reader, attemptUrl);
        using var crossSiteEntry = await portal.Browser().PostFromAsync(entryUrl, new Dictionary<string, string>
        {
            ["Form.Phone"] = NewPhone(), ["Form.FullName"] = "Người ở trang khác", ["Form.BirthYear"] = "1990",
            ["Form.UnitId"] = (await portal.UnitIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "https://trang-la.example");
        using var crossSiteSubmit = await reader.PostFromAsync(attemptUrl, new Dictionary<string, string> { ["Prediction"] = "1", ["cau1"] = "0" }, "https://trang-la.example");
        var attempt = Assert.Single(await AttemptsAsync(contest));

        Assert.Empty(first.Document.QuerySelectorAll("input[name=__RequestVerificationToken]"));
        Assert.Empty(sheet.Document.QuerySelectorAll("input[name=__RequestVerificationToken]"));
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(HttpStatusCode.Forbidden, crossSiteEntry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSiteSubmit.StatusCode);
        Assert.Null(attempt.SubmittedAt);
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.ContestParticipants.CountAsync(p => p.ContestId == contest.Id)));
    }

    [Fact]
    public async Task The_time_limit_is_kept_by_the_servers_clock_and_a_late_sheet_is_not_scored()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: hết giờ", minutes: 5);
        var reader = portal.Browser();
        var attemptUrl = await portal.StartAsync(reader, contest, NewPhone());
        portal.Clock.UtcNow = portal.Clock.UtcNow.AddMinutes(6);
        try
        {
            using var sheetLate = await reader.GetAsync(attemptUrl);
            var fields = new Dictionary<string, string> { ["Prediction"] = "3", ["cau1"] = "0", ["cau2"] = "1", ["cau3"] = "2" };
            using var late = await reader.PostAsync(attemptUrl, new FormUrlEncodedContent(fields));
            var result = await HtmlPage.GetAsync(reader, late.Headers.Location!.OriginalString);
            var attempt = (await AttemptsAsync(contest)).Single();

            Assert.Equal(HttpStatusCode.Redirect, sheetLate.StatusCode);
            Assert.EndsWith(attemptUrl.Replace("bai-thi", "ket-qua", StringComparison.Ordinal), sheetLate.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
            Assert.Contains("không được tính điểm", result.BodyText);
            Assert.Null(attempt.Score);
            Assert.Null(attempt.OpenFor);
        }
        finally
        {
            portal.Clock.UtcNow = DateTime.UtcNow;
        }
    }

    [Fact]
    public async Task A_doubled_or_replayed_submission_is_counted_once()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: nộp hai lần");
        var reader = portal.Browser();
        var attemptUrl = await portal.StartAsync(reader, contest, NewPhone());
        var fields = new Dictionary<string, string> { ["Prediction"] = "3", ["cau1"] = "1", ["cau2"] = "1", ["cau3"] = "1" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => reader.PostAsync(attemptUrl, new FormUrlEncodedContent(fields))));
        using var replay = await reader.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["cau1"] = "0", ["cau2"] = "0", ["cau3"] = "0" }));
        var attempts = await AttemptsAsync(contest);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        var attempt = Assert.Single(attempts);
        Assert.NotNull(attempt.SubmittedAt);
        // The answers stored are the first submission's (the second option as shown, each time), not the replay's.
        var shownSecond = new string(attempt.OptionOrders.Split(',').Select(order => ContestQuestion.Letter(order[1] - '0')).ToArray());
        Assert.Equal(shownSecond, attempt.Answers);
    }

    [Fact]
    public async Task A_newcomer_starting_from_several_devices_at_once_is_registered_once_with_one_attempt()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: đăng ký cùng lúc");
        var phone = NewPhone();
        var devices = Enumerable.Range(0, 4).Select(_ => portal.Browser()).ToList();

        var starts = await Task.WhenAll(devices.Select(device => portal.StartAsync(device, contest, phone)));

        Assert.Single(starts.Distinct());
        Assert.Single(await AttemptsAsync(contest));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.ContestParticipants.CountAsync(p => p.ContestId == contest.Id)));
    }

    [Fact]
    public async Task A_person_holds_one_open_attempt_and_no_more_attempts_than_the_round_allows()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: giới hạn lượt", attemptsPerRound: 2);
        var phone = NewPhone();
        var phoneReader = portal.Browser();
        var computerReader = portal.Browser();

        var first = await portal.StartAsync(phoneReader, contest, phone);
        var again = await portal.StartAsync(computerReader, contest, phone);
        using (await ContestFixtures.SubmitAsync(phoneReader, first, right: 3))
        {
        }
        var second = await portal.StartAsync(computerReader, contest, phone);
        using (await ContestFixtures.SubmitAsync(computerReader, second, right: 1))
        {
        }
        var third = await HtmlPage.FromResponseAsync(await portal.EnterAsync(phoneReader, contest, phone));

        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Contains("Bạn đã dự thi đủ 2 lượt của Tuần 1", third.Text(".error-summary"));
        Assert.Equal(2, (await AttemptsAsync(contest)).Count);
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.ContestParticipants.CountAsync(p => p.ContestId == contest.Id)));
    }

    [Theory]
    [InlineData("0123", "Form.Phone", "10 chữ số")]
    [InlineData("sai-captcha", "Form.CaptchaAnswer", "Mã kiểm tra chưa đúng")]
    [InlineData("khong-ten", "Form.FullName", "họ và tên")]
    public async Task Bad_entry_input_is_refused_beside_its_field_and_what_was_typed_is_kept(string kind, string field, string message)
    {
        var contest = await portal.NewContestAsync($"Cuộc thi thử: nhập sai {kind}");
        var reader = portal.Browser();
        var phone = kind == "0123" ? "0123" : NewPhone();

        var page = await HtmlPage.FromResponseAsync(await portal.EnterAsync(reader, contest, phone, name: kind == "khong-ten" ? "" : "Lê Văn Nhập",
            captcha: kind == "sai-captcha" ? "KHONGDUNG" : null));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Text($"[data-valmsg-for='{field}']"));
        Assert.Equal(phone, page.Document.QuerySelector("input[name='Form.Phone']")!.GetAttribute("value"));
        Assert.Empty(await AttemptsAsync(contest));
    }

    [Fact]
    public async Task Ties_are_broken_by_the_prediction_then_the_time_then_the_moment_and_names_are_masked()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: xếp hạng");
        var round = contest.Rounds[0];
        var unitId = await portal.UnitIdAsync();
        var start = DateTime.UtcNow.AddMinutes(-30);
        // Three perfect entrants answer the prediction question; the actual number is 3.
        (string Name, int Score, int Prediction, int TimeMs, int SubmittedMinute)[] entrants =
        [
            ("Nguyễn Văn Chậm", 3, 3, 200_000, 5),
            ("Trần Thị Nhanh", 3, 3, 100_000, 9),
            ("Lê Văn Đoán Xa", 3, 50, 50_000, 1),
            ("Phạm Thị Sai", 2, 3, 10_000, 0),
            ("Hoàng Văn Sớm", 3, 3, 100_000, 2),
        ];
        await portal.WithDatabaseAsync(async db =>
        {
            var i = 0;
            foreach (var (name, score, prediction, time, minute) in entrants)
            {
                var participant = new ContestParticipant
                {
                    ContestId = contest.Id, FullName = name, BirthYear = 1980, PhoneKey = $"khoa-thu-{contest.Id}-{i}", PhoneMasked = $"09xx xxx 00{i}", UnitId = unitId, RegisteredAt = start,
                };
                db.ContestParticipants.Add(participant);
                await db.SaveChangesAsync();
                db.ContestAttempts.Add(new ContestAttempt
                {
                    RoundId = round.Id, ParticipantId = participant.Id, Token = $"xephang{contest.Id:D5}{i:D10}", StartedAt = start, DeadlineAt = start.AddMinutes(10),
                    QuestionIds = "1,2,3", OptionOrders = "0123,0123,0123", Answers = "BBB", Prediction = prediction, SubmittedAt = start.AddMinutes(minute),
                    Score = score, IsPerfect = score == 3, TimeUsedMs = time,
                });
                i++;
            }
            await db.SaveChangesAsync();
        });

        var page = await HtmlPage.GetAsync(portal.CreateClient(), $"/cuoc-thi/{contest.Slug}/xep-hang?vong=1");

        Assert.Equal(["Hoàng V. S.", "Trần T. N.", "Nguyễn V. C.", "Lê V. Đ. X.", "Phạm T. S."],
            page.Document.QuerySelectorAll(".contest-ranking tbody tr").Select(r => HtmlPage.Collapse(r.Children[1].TextContent)));
        Assert.Contains("Số người trả lời đúng tất cả: 4", page.BodyText);
    }

    [Fact]
    public async Task The_round_closes_on_its_time_without_a_save_and_then_shows_each_answer_with_its_explanation()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: đáp án sau vòng");
        var reader = portal.Browser();
        var attemptUrl = await portal.StartAsync(reader, contest, NewPhone());
        using var submitted = await ContestFixtures.SubmitAsync(reader, attemptUrl, right: 3);
        var resultUrl = submitted.Headers.Location!.OriginalString;
        var during = await HtmlPage.GetAsync(reader, resultUrl);

        portal.Clock.UtcNow = contest.Rounds[0].EndsAt.AddMinutes(1);
        try
        {
            var after = await HtmlPage.GetAsync(reader, resultUrl);
            portal.Clock.UtcNow = contest.Rounds[1].EndsAt.AddMinutes(1);
            var closedEntry = await HtmlPage.GetAsync(portal.Browser(), $"/cuoc-thi/{contest.Slug}/vao-thi");

            Assert.DoesNotContain("Giải thích câu", during.Html);
            Assert.Equal(3, after.Document.QuerySelectorAll(".contest-review li.right").Length);
            Assert.Contains("Giải thích câu", after.Text(".contest-review"));
            Assert.Contains("không có vòng thi nào đang mở", closedEntry.BodyText);
        }
        finally
        {
            portal.Clock.UtcNow = DateTime.UtcNow;
        }
    }

    [Fact]
    public async Task The_entry_form_and_an_attempt_take_any_text_in_any_field_without_a_server_error()
    {
        var contest = await portal.NewContestAsync("Cuộc thi thử: dữ liệu lạ");
        var reader = portal.Browser();
        var attemptUrl = await portal.StartAsync(reader, contest, NewPhone());
        var failures = new List<string>();
        foreach (var text in Hardening.HostileInputTests.HostileTexts)
        {
            foreach (var field in new[] { "Form.Phone", "Form.FullName", "Form.BirthYear", "Form.UnitId", "Form.IdNumber", "Form.CaptchaAnswer" })
            {
                using var response = await portal.Browser().PostAsync($"/cuoc-thi/{contest.Slug}/vao-thi", new FormUrlEncodedContent(new Dictionary<string, string> { [field] = text }));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{field}={text[..Math.Min(text.Length, 20)]}: {(int)response.StatusCode}");
                }
            }
            foreach (var field in new[] { "cau1", "cau2", "Prediction", "cau99" })
            {
                using var response = await reader.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string> { [field] = text }));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"attempt {field}={text[..Math.Min(text.Length, 20)]}: {(int)response.StatusCode}");
                }
            }
        }
        Assert.Empty(failures);
    }
}
