using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Feedback;

/// <summary>
/// The load test for the forms: hundreds of citizens sending at once, each with their own browser and
/// captcha. Run alone with <c>dotnet test --filter FeedbackLoadTests</c>.
/// </summary>
public class FeedbackLoadTests(FeedbackPortal portal) : IClassFixture<FeedbackPortal>
{
    private const int Citizens = 300;

    [Fact]
    public async Task Hundreds_of_concurrent_valid_submissions_are_each_stored_exactly_once()
    {
        var run = Guid.NewGuid().ToString("N");

        var statuses = await Task.WhenAll(Enumerable.Range(0, Citizens).Select(async i =>
        {
            var client = portal.Browser();
            var answer = await portal.SolveCaptchaAsync(client);
            using var response = await FeedbackFields.PostAsync(client, "/lien-he", FeedbackFields.Valid($"{run} thư số {i}"), answer);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Redirect, status));
        var bodies = await portal.WithDatabaseAsync(db => db.FeedbackMessages.Where(m => m.Body.StartsWith(run)).Select(m => m.Body).ToListAsync());
        Assert.Equal(Citizens, bodies.Count);
        Assert.Equal(Citizens, bodies.Distinct().Count());
    }
}
