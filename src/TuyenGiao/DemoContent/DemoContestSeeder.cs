using TuyenGiao.Audit;
using TuyenGiao.Contests;
using TuyenGiao.Data;
using TuyenGiao.Time;
using static TuyenGiao.DemoContent.DemoSaves;

namespace TuyenGiao.DemoContent;

/// <summary>
/// The demo contest: its units, rounds (one ended, one open, one to come) and question bank, made through
/// the committee's services; and, for the ended round, demo entrants with attempts graded as the server
/// grades them, so the ranking and the turnout by unit have something to show.
/// </summary>
public sealed class DemoContestSeeder(
    PortalDbContext db, ContestUnits units, ContestEditing contests, QuestionBank bank, ContestPersonalKeys keys, TimeProvider clock)
{
    internal async Task SeedAsync(DemoContentFile content, CancellationToken cancellationToken)
    {
        Check(await units.SaveAsync(string.Join('\n', content.ContestUnits), Actor.System, cancellationToken), "đơn vị dự thi");
        var unitIds = db.ContestUnits.OrderBy(u => u.Order).Select(u => u.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(now).ToDateTime(TimeOnly.MinValue);
        foreach (var demo in content.Contests)
        {
            var rounds = demo.Rounds.Select(r => new RoundFields(r.Name, today.AddDays(-r.StartedDaysAgo), today.AddDays(-r.StartedDaysAgo + r.Days))).ToList();
            var fields = new ContestFields(demo.Name, demo.Organiser, string.Join("\n\n", demo.Rules), demo.QuestionsPerAttempt, demo.TimeLimitMinutes,
                demo.AttemptsPerRound, demo.AsksPrediction, true, rounds);
            var saved = await contests.SaveAsync(null, fields, Actor.System, cancellationToken);
            Check(saved.Errors, demo.Name);
            var contest = saved.Item!;
            foreach (var question in demo.Questions)
            {
                var o = question.Options;
                Check(await bank.SaveAsync(contest.Id, null, new QuestionFields(question.Text, o[0], o[1], o[2], o[3], question.Answer, question.Explanation), Actor.System, cancellationToken), question.Text);
            }
            foreach (var round in contest.Rounds.Where(r => r.HasEndedAt(now)))
            {
                await AddEntrantsAsync(contest, round, demo.DemoEntrants, unitIds, cancellationToken);
            }
        }
    }

    /// <summary>Demo people with one attempt each, most answers right (a fixed draw, so every start shows the same ranking).</summary>
    private async Task AddEntrantsAsync(Contest contest, ContestRound round, int count, List<int> unitIds, CancellationToken cancellationToken)
    {
        string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
        string[] given = ["Văn An", "Thị Bình", "Minh Châu", "Đức Dũng", "Thu Hà", "Quốc Huy", "Ngọc Lan", "Hữu Nghĩa", "Thanh Tâm", "Hải Yến"];
        var questions = db.ContestQuestions.Where(q => q.ContestId == contest.Id).OrderBy(q => q.Id).ToList();
        var draw = new Random(115);
        for (var i = 0; i < count; i++)
        {
            var phone = $"09{i + 10_000_000:D8}";
            var participant = new ContestParticipant
            {
                ContestId = contest.Id,
                FullName = $"{family[i % family.Length]} {given[i % given.Length]}",
                BirthYear = 1960 + draw.Next(45),
                PhoneKey = await keys.PhoneAsync(contest.Id, phone),
                PhoneMasked = PhoneNumbers.Mask(phone),
                UnitId = unitIds[draw.Next(unitIds.Count)],
                RegisteredAt = round.StartsAt.AddHours(1 + i),
            };
            db.ContestParticipants.Add(participant);
            await db.SaveChangesAsync(cancellationToken);
            var asked = questions.OrderBy(_ => draw.Next()).Take(contest.QuestionsPerAttempt).ToList();
            var answers = asked.Select(q => draw.NextDouble() < 0.85 ? q.CorrectOption : draw.Next(ContestQuestion.OptionCount)).ToList();
            var score = asked.Zip(answers).Count(pair => pair.First.CorrectOption == pair.Second);
            var started = round.StartsAt.AddHours(2 + i);
            var used = 60_000 + draw.Next(contest.TimeLimitMinutes * 60_000 - 60_000);
            db.ContestAttempts.Add(new ContestAttempt
            {
                RoundId = round.Id,
                ParticipantId = participant.Id,
                Token = $"demo{contest.Id:D4}{round.Number:D2}{i:D12}",
                StartedAt = started,
                DeadlineAt = started.AddMinutes(contest.TimeLimitMinutes),
                QuestionIds = string.Join(',', asked.Select(q => q.Id)),
                OptionOrders = string.Join(',', asked.Select(_ => "0123")),
                Answers = new string(answers.Select(ContestQuestion.Letter).ToArray()),
                Prediction = draw.Next(5, 25),
                SubmittedAt = started.AddMilliseconds(used),
                Score = score,
                IsPerfect = score == asked.Count,
                TimeUsedMs = used,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
