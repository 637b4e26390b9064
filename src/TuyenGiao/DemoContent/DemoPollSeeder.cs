using TuyenGiao.Audit;
using TuyenGiao.Polls;
using TuyenGiao.Surveys;
using TuyenGiao.Time;
using static TuyenGiao.DemoContent.DemoSaves;

namespace TuyenGiao.DemoContent;

/// <summary>
/// The demo polls (one open on the home page, one ended with its results) and an open survey, made through
/// the editors' services; their votes and responses go through the readers' own, from demo readers, at a
/// moment when each was open.
/// </summary>
public sealed class DemoPollSeeder(PollEditing polls, PollVoting voting, SurveyEditing surveys, SurveyResponses responses, TimeProvider clock)
{
    internal async Task SeedAsync(DemoContentFile content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(now);
        foreach (var demo in content.Polls)
        {
            var fields = new PollFields(demo.Question, string.Join('\n', demo.Options), demo.AllowsSeveral, today.AddDays(-demo.StartedDaysAgo), today.AddDays(demo.DaysLeft), true);
            var saved = await polls.SaveAsync(null, fields, Actor.System, cancellationToken);
            Check(saved.Errors, demo.Question);
            var poll = saved.Item!;
            var whileOpen = poll.OpensAt.AddHours(12);
            var reader = 0;
            for (var option = 0; option < demo.Votes.Count; option++)
            {
                for (var vote = 0; vote < demo.Votes[option]; vote++)
                {
                    var outcome = await voting.VoteAsync(poll.Id, [poll.Options[option].Id], $"demo-reader-{++reader}", whileOpen, cancellationToken);
                    Check(outcome.Result == VoteResult.Counted, demo.Question);
                }
            }
        }
        foreach (var demo in content.Surveys)
        {
            var questions = demo.Questions.Select(q => new SurveyQuestionFields(q.Text, Enum.Parse<SurveyQuestionKind>(q.Kind), string.Join('\n', q.Choices), q.Required)).ToList();
            var fields = new SurveyFields(demo.Title, demo.Description, today.AddDays(-demo.StartedDaysAgo), today.AddDays(demo.DaysLeft), true, questions);
            var saved = await surveys.SaveAsync(null, fields, Actor.System, cancellationToken);
            Check(saved.Errors, demo.Title);
            var survey = saved.Item!;
            var reader = 0;
            foreach (var answers in demo.Responses)
            {
                var posted = survey.Questions.OrderBy(q => q.Order).Zip(answers)
                    .ToDictionary(pair => SurveyResponses.AnswerField(pair.First.Id), pair => (IReadOnlyList<string>)pair.Second);
                var outcome = await responses.SubmitAsync(survey, posted, $"demo-reader-{++reader}", survey.OpensAt.AddHours(12), cancellationToken);
                Check(outcome.Result == ResponseResult.Stored, demo.Title);
            }
        }
    }
}
