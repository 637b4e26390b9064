using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Polls;
using TuyenGiao.Tests.Support;
using TuyenGiao.Time;
using TuyenGiao.Web.Caching;

namespace TuyenGiao.Tests.Polls;

public class PollTests(MovableClockPortal portal) : IClassFixture<MovableClockPortal>
{
    private const string Polls = "/admin/tham-do";

    private DateOnly Today => VietnamTime.Today(portal.Clock.UtcNow);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> PollForm(string question, string options, DateOnly opens, DateOnly? closes, bool several = false) => new()
    {
        ["Form.Question"] = question,
        ["Form.Options"] = options,
        ["Form.AllowsSeveral"] = several ? "true" : "false",
        ["Form.OpensOn"] = Day(opens),
        ["Form.ClosesOn"] = closes is { } day ? Day(day) : "",
        ["Form.IsPublished"] = "true",
    };

    /// <summary>A published poll made through the editors' form: its id and its options' ids in order.</summary>
    private async Task<(int Id, int[] Options)> NewPollAsync(string question, bool several = false, int? opensInDays = 0, int closesInDays = 10)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var opens = Today.AddDays(opensInDays ?? 0);
        using var saved = await editor.PostFormAsync(Polls, PollForm(question, "Rất quan tâm\nQuan tâm\nÍt quan tâm", opens, Today.AddDays(closesInDays), several));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var poll = await portal.WithDatabaseAsync(db => db.Polls.Include(p => p.Options).SingleAsync(p => p.Question == question));
        return (poll.Id, poll.Options.OrderBy(o => o.Order).Select(o => o.Id).ToArray());
    }

    private Task<Poll> StoredAsync(int id) =>
        portal.WithDatabaseAsync(db => db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.Order)).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task A_reader_votes_once_sees_the_results_only_after_voting_and_a_second_vote_changes_nothing()
    {
        var (id, options) = await NewPollAsync("Bạn quan tâm đến Nghị quyết Đại hội Đảng bộ tỉnh ở mức nào?");
        var reader = portal.NewReader();

        using var beforeResponse = await reader.GetAsync($"/tham-do/{id}/ket-qua");
        var before = await HtmlPage.FromResponseAsync(beforeResponse);
        using var first = await reader.VoteAsync(id, options[1].ToString(CultureInfo.InvariantCulture));
        var after = await HtmlPage.GetAsync(reader, $"/tham-do/{id}/ket-qua");
        using var second = await reader.VoteAsync(id, options[0].ToString(CultureInfo.InvariantCulture));
        using var another = await portal.NewReader().VoteAsync(id, options[1].ToString(CultureInfo.InvariantCulture));
        var stored = await StoredAsync(id);

        Assert.Empty(before.Document.QuerySelectorAll(".result-bars"));
        Assert.True(beforeResponse.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Contains("sau khi bạn bình chọn", before.BodyText);
        PollReaders.AssertSentToResults(first, id);
        Assert.Contains("Cảm ơn bạn đã bình chọn", after.BodyText);
        Assert.Equal(["Rất quan tâm 0% (0 phiếu)", "Quan tâm 100% (1 phiếu)", "Ít quan tâm 0% (0 phiếu)"], after.Texts(".result-bars li"));
        PollReaders.AssertSentToResults(second, id);
        PollReaders.AssertSentToResults(another, id);
        Assert.Equal(2, stored.VoterCount);
        Assert.Equal([0L, 2L, 0L], stored.Options.Select(o => o.Votes));
        Assert.Equal(2, await portal.WithDatabaseAsync(db => db.PollBallots.CountAsync(b => b.PollId == id)));
    }

    [Fact]
    public async Task One_readers_votes_sent_at_the_same_moment_are_counted_once()
    {
        var (id, options) = await NewPollAsync("Bạn đã đọc toàn văn Nghị quyết chưa?");
        var reader = portal.NewReader();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => reader.VoteAsync(id, options[0].ToString(CultureInfo.InvariantCulture))));
        var stored = await StoredAsync(id);

        Assert.All(responses, r => PollReaders.AssertSentToResults(r, id));
        Assert.Equal(1, stored.VoterCount);
        Assert.Equal(1, stored.Options[0].Votes);
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.PollBallots.CountAsync(b => b.PollId == id)));
    }

    [Fact]
    public async Task A_vote_posted_from_another_sites_page_is_refused_and_not_counted()
    {
        var (id, options) = await NewPollAsync("Câu hỏi thăm dò để thử phiếu từ trang khác");
        var reader = portal.NewReader();
        var vote = new[] { KeyValuePair.Create("OptionIds", options[0].ToString(CultureInfo.InvariantCulture)) };

        using var byOrigin = await reader.PostFromAsync($"/tham-do/{id}", vote, "https://trang-la.example");
        using var nullOrigin = await reader.PostFromAsync($"/tham-do/{id}", vote, "null");
        var fetchRequest = new HttpRequestMessage(HttpMethod.Post, $"/tham-do/{id}") { Content = new FormUrlEncodedContent(vote) };
        fetchRequest.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var byFetchSite = await reader.SendAsync(fetchRequest);
        using var sameSite = await reader.PostFromAsync($"/tham-do/{id}", vote, "http://localhost");

        Assert.Equal(HttpStatusCode.Forbidden, byOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFetchSite.StatusCode);
        PollReaders.AssertSentToResults(sameSite, id);
        Assert.Equal(1, (await StoredAsync(id)).VoterCount);
    }

    [Fact]
    public async Task A_vote_that_names_no_option_of_this_poll_is_refused_beside_the_options_with_the_choice_kept()
    {
        var (id, options) = await NewPollAsync("Bạn biết đến cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh qua đâu?");
        var (_, otherPollOptions) = await NewPollAsync("Một cuộc thăm dò khác để lấy phương án lạ");
        var reader = portal.NewReader();
        var first = options[0].ToString(CultureInfo.InvariantCulture);

        var nothing = await HtmlPage.FromResponseAsync(await reader.VoteAsync(id));
        var notANumber = await HtmlPage.FromResponseAsync(await reader.VoteAsync(id, "mot"));
        var otherPoll = await HtmlPage.FromResponseAsync(await reader.VoteAsync(id, otherPollOptions[0].ToString(CultureInfo.InvariantCulture)));
        var two = await HtmlPage.FromResponseAsync(await reader.VoteAsync(id, first, options[2].ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, nothing.Status);
        Assert.Equal("Vui lòng chọn một phương án.", nothing.Text(".poll-form .field-error"));
        Assert.Contains("không có trong cuộc thăm dò", notANumber.Text(".poll-form .field-error"));
        Assert.Contains("không có trong cuộc thăm dò", otherPoll.Text(".poll-form .field-error"));
        Assert.Equal("Câu hỏi này chỉ chọn một phương án.", two.Text(".poll-form .field-error"));
        Assert.NotNull(two.Document.QuerySelector($"input[value='{first}'][checked]"));
        Assert.Equal(0, (await StoredAsync(id)).VoterCount);
    }

    [Fact]
    public async Task A_poll_allowing_several_options_counts_each_and_shares_are_of_the_voters()
    {
        var (id, options) = await NewPollAsync("Bạn theo dõi tin tức của Ban qua những kênh nào?", several: true);

        using var first = await portal.NewReader().VoteAsync(id, options[0].ToString(CultureInfo.InvariantCulture), options[1].ToString(CultureInfo.InvariantCulture));
        using var second = await portal.NewReader().VoteAsync(id, options[0].ToString(CultureInfo.InvariantCulture));
        var stored = await StoredAsync(id);

        Assert.Equal(2, stored.VoterCount);
        Assert.Equal([2L, 1L, 0L], stored.Options.Select(o => o.Votes));
        Assert.Equal(100, stored.Options[0].PercentOf(stored.VoterCount));
        Assert.Equal(50, stored.Options[1].PercentOf(stored.VoterCount));
    }

    [Fact]
    public async Task The_open_poll_stands_on_the_home_page_and_beside_articles_and_a_vote_does_not_evict_the_cached_pages()
    {
        var article = await portal.PublishArticleAsync("Bài để xem khối thăm dò ở cột bên", TimeSpan.FromHours(1));
        var (id, options) = await NewPollAsync("Thăm dò mới nhất hiện trên trang chủ", opensInDays: 0, closesInDays: 3);
        var reader = portal.NewReader();

        using var homeResponse = await reader.GetAsync("/");
        using var articleResponse = await reader.GetAsync(article.Url);
        var home = await HtmlPage.FromResponseAsync(homeResponse);
        var articlePage = await HtmlPage.FromResponseAsync(articleResponse);
        using var vote = await reader.VoteAsync(id, options[2].ToString(CultureInfo.InvariantCulture));
        using var homeAgain = await reader.GetAsync("/");
        using var articleAgain = await reader.GetAsync(article.Url);

        Assert.Equal("Thăm dò mới nhất hiện trên trang chủ", home.Text(".poll-block legend"));
        Assert.Equal($"/tham-do/{id}", home.Document.QuerySelector(".poll-block form")!.GetAttribute("action"));
        Assert.Equal("Thăm dò mới nhất hiện trên trang chủ", articlePage.Text(".article-aside .poll-block legend"));
        Assert.Null(home.Document.QuerySelector("input[name=__RequestVerificationToken]"));
        PollReaders.AssertSentToResults(vote, id);
        // Each rendering gets a tag of its own: the same tag is the same cached copy.
        Assert.Equal(homeResponse.Headers.ETag, homeAgain.Headers.ETag);
        Assert.Equal(articleResponse.Headers.ETag, articleAgain.Headers.ETag);
    }

    [Fact]
    public async Task A_poll_opens_and_closes_on_its_days_without_a_save_and_once_closed_shows_its_results_and_takes_no_vote()
    {
        var (id, options) = await NewPollAsync("Thăm dò mở từ ngày mai trong ba ngày", opensInDays: 1, closesInDays: 3);
        var watcher = portal.Services.GetRequiredService<ScheduleBoundaries>();
        var reader = portal.NewReader();

        var today = await HtmlPage.GetAsync(reader, "/tham-do");
        var notYet = await HtmlPage.GetAsync(reader, $"/tham-do/{id}");
        portal.Clock.UtcNow = ShowingDays.StartUtc(Today.AddDays(1)).AddMinutes(1);
        await watcher.EvictIfPassedAsync();
        var opened = await HtmlPage.GetAsync(reader, "/tham-do");
        using var vote = await reader.VoteAsync(id, options[0].ToString(CultureInfo.InvariantCulture));
        portal.Clock.UtcNow = ShowingDays.EndUtc(Today.AddDays(2)).AddMinutes(1);
        await watcher.EvictIfPassedAsync();
        var closed = await HtmlPage.GetAsync(reader, $"/tham-do/{id}");
        using var late = await portal.NewReader().VoteAsync(id, options[1].ToString(CultureInfo.InvariantCulture));
        var publicResults = await HtmlPage.GetAsync(portal.NewReader(), $"/tham-do/{id}/ket-qua");
        portal.Clock.UtcNow = DateTime.UtcNow;

        Assert.DoesNotContain("Thăm dò mở từ ngày mai trong ba ngày", today.BodyText);
        Assert.Equal(HttpStatusCode.NotFound, notYet.Status);
        Assert.Contains("Thăm dò mở từ ngày mai trong ba ngày", opened.Texts(".poll-card legend"));
        PollReaders.AssertSentToResults(vote, id);
        Assert.Null(closed.Document.QuerySelector("form.poll-form"));
        Assert.Contains("Đã kết thúc", closed.Text(".meta"));
        Assert.Equal("Rất quan tâm 100% (1 phiếu)", closed.Texts(".result-bars li")[0]);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(1, (await StoredAsync(id)).VoterCount);
        Assert.Equal(3, publicResults.Texts(".result-bars li").Count);
    }

    [Theory]
    [InlineData("Chỉ một phương án", "Form.Options", "ít nhất 2 phương án")]
    [InlineData("A\na", "Form.Options", "được nhập hai lần")]
    [InlineData("ends-before-start", "Form.ClosesOn", "phải từ ngày bắt đầu")]
    public async Task Bad_poll_input_is_refused_beside_its_field_and_the_form_keeps_what_was_typed(string options, string field, string message)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var endsBeforeStart = options == "ends-before-start";
        var form = PollForm("Thăm dò thử dữ liệu sai", endsBeforeStart ? "Có\nKhông" : options, Today, endsBeforeStart ? Today.AddDays(-2) : Today.AddDays(5));

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync(Polls, form));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Text($"[data-valmsg-for='{field}']"));
        Assert.Equal("Thăm dò thử dữ liệu sai", page.Document.QuerySelector("input[name='Form.Question']")!.GetAttribute("value"));
        Assert.Equal(form["Form.Options"], page.Document.QuerySelector("textarea[name='Form.Options']")!.TextContent.Trim());
        Assert.False(await portal.WithDatabaseAsync(db => db.Polls.AnyAsync(p => p.Question == "Thăm dò thử dữ liệu sai")));
    }

    [Fact]
    public async Task Once_readers_have_voted_the_options_can_be_reworded_but_not_added_or_removed()
    {
        var (id, options) = await NewPollAsync("Thăm dò đã có người bình chọn");
        using var vote = await portal.NewReader().VoteAsync(id, options[0].ToString(CultureInfo.InvariantCulture));
        var editor = await portal.SignedInAsync(Roles.Editor);

        var removing = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{Polls}?id={id}", PollForm("Thăm dò đã có người bình chọn", "Rất quan tâm\nQuan tâm", Today, Today.AddDays(10))));
        using var rewording = await editor.PostFormAsync($"{Polls}?id={id}", PollForm("Thăm dò đã có người bình chọn", "Rất quan tâm (sửa)\nQuan tâm\nÍt quan tâm", Today, Today.AddDays(10)));
        var stored = await StoredAsync(id);

        Assert.Contains("chỉ được sửa câu chữ của 3 phương án", removing.Text("[data-valmsg-for='Form.Options']"));
        Assert.Equal(HttpStatusCode.Redirect, rewording.StatusCode);
        Assert.Equal("Rất quan tâm (sửa)", stored.Options[0].Text);
        Assert.Equal(1, stored.Options[0].Votes);
    }
}
