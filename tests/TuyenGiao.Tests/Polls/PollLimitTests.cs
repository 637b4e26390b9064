using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Polls;

/// <summary>The app with room for three votes per address per window.</summary>
public sealed class FewVotesPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Polls:VotesPerAddressPerWindow", "3");
    }
}

public class PollLimitTests(FewVotesPortal portal) : IClassFixture<FewVotesPortal>
{
    [Fact]
    public async Task Past_the_votes_one_address_may_send_a_new_readers_vote_gets_429_and_is_not_counted()
    {
        var poll = await portal.WithDatabaseAsync(db => db.Polls.Include(p => p.Options).FirstAsync(p => p.ClosesAt > DateTime.UtcNow));
        var option = poll.Options[0].Id.ToString(CultureInfo.InvariantCulture);

        var answers = new List<HttpStatusCode>();
        for (var reader = 0; reader < 4; reader++)
        {
            using var response = await portal.NewReader().VoteAsync(poll.Id, option);
            answers.Add(response.StatusCode);
        }
        using var refused = await portal.NewReader().VoteAsync(poll.Id, option);
        var page = await HtmlPage.FromResponseAsync(refused);
        var stored = await portal.WithDatabaseAsync(db => db.Polls.AsNoTracking().SingleAsync(p => p.Id == poll.Id));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal(poll.VoterCount + 3, stored.VoterCount);
    }
}
