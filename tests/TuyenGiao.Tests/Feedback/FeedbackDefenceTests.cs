using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Feedback;

/// <summary>A site that expects an hour's thought before sending: anything sooner is a robot's pace.</summary>
public sealed class PatientPortal : FeedbackPortal
{
    protected override int MinimumFillSeconds => 3600;
}

/// <summary>A site that takes two submissions per address per window.</summary>
public sealed class StrictlyLimitedPortal : FeedbackPortal
{
    protected override int SubmissionsPerWindow => 2;
}

public class TooFastSubmissionTests(PatientPortal portal) : IClassFixture<PatientPortal>
{
    [Fact]
    public async Task A_form_sent_sooner_than_a_person_could_fill_it_is_refused_and_keeps_the_text()
    {
        var client = portal.Browser();
        var fields = FeedbackFields.Valid($"Gửi vội {Guid.NewGuid():N}");

        using var response = await FeedbackFields.PostAsync(client, "/lien-he", fields, await portal.SolveCaptchaAsync(client));
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.StartsWith("Phản hồi được gửi quá nhanh", page.Text(".form-error"));
        Assert.Equal(fields["Form.Body"], EditorForm.ValuesOf(page, "form.feedback-form")["Form.Body"]);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.FeedbackMessages.CountAsync()));
    }
}

public class FeedbackRateLimitTests(StrictlyLimitedPortal portal) : IClassFixture<StrictlyLimitedPortal>
{
    [Fact]
    public async Task A_flood_from_one_address_gets_429_with_a_vietnamese_page_while_reading_goes_on()
    {
        var client = portal.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await FeedbackFields.PostAsync(client, "/lien-he", FeedbackFields.Valid($"Thư số {i}"), await portal.SolveCaptchaAsync(client));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var page = await HtmlPage.FromResponseAsync(response);
                Assert.Equal("Bạn đã gửi quá nhiều lần", page.Text("h1"));
                Assert.True(response.Headers.RetryAfter!.Delta > TimeSpan.Zero);
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await portal.WithDatabaseAsync(db => db.FeedbackMessages.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/lien-he")).Status);
    }
}

public class FeedbackRateLimitByHandlerTests(StrictlyLimitedPortal portal) : IClassFixture<StrictlyLimitedPortal>
{
    [Fact]
    public async Task A_made_up_handler_in_the_address_runs_the_submission_and_is_counted_as_one()
    {
        var client = portal.Browser();
        var statuses = new List<HttpStatusCode>();
        foreach (var handler in new[] { "x", "Submit", "%00" })
        {
            using var response = await FeedbackFields.PostAsync(client, $"/lien-he?handler={handler}", FeedbackFields.Valid($"Thư qua handler {handler}"), await portal.SolveCaptchaAsync(client));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await portal.WithDatabaseAsync(db => db.FeedbackMessages.CountAsync()));
    }
}
