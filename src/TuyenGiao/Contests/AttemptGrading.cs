using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Contests;

public enum SubmissionResult
{
    Counted,
    AlreadySubmitted,
    Late,
    NotFound,
    Invalid,
}

public sealed record SubmissionOutcome(SubmissionResult Result, FieldErrors Errors)
{
    public static SubmissionOutcome Of(SubmissionResult result) => new(result, FieldErrors.None);
}

/// <summary>
/// An attempt's sheet, and its submission: graded on the server against the options' order the attempt was
/// given, timed by the server's clock, and written by one conditional update, so a replayed or doubled
/// submission finds the attempt already submitted and changes nothing.
/// </summary>
public sealed class AttemptGrading(PortalDbContext db, IOptions<ContestOptions> options, TimeProvider clock)
{
    public const string PredictionField = "Prediction";
    public const int MaxPrediction = 100_000_000;

    /// <summary>The field a question's answer is posted as: its place on the sheet.</summary>
    public static string AnswerField(int number) => string.Create(CultureInfo.InvariantCulture, $"cau{number}");

    public async Task<AttemptSheet?> SheetAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length != ContestAttempt.TokenLength)
        {
            return null;
        }
        var found = await (
                from a in db.ContestAttempts
                where a.Token == token
                join r in db.ContestRounds on a.RoundId equals r.Id
                join p in db.ContestParticipants on a.ParticipantId equals p.Id
                select new { Attempt = a, Round = r, Participant = p })
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var (attempt, round, participant) = (found.Attempt, found.Round, found.Participant);
        var contest = await db.Contests.AsNoTracking().Include(c => c.Rounds.OrderBy(r => r.Number)).FirstAsync(c => c.Id == round.ContestId, cancellationToken);
        var ids = attempt.QuestionIds.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
        var orders = attempt.OptionOrders.Split(',');
        var bank = await db.ContestQuestions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var questions = new List<SheetQuestion>();
        var review = new List<AnswerReview>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!bank.TryGetValue(ids[i], out var question))
            {
                continue;
            }
            questions.Add(new SheetQuestion(i + 1, question.Text, orders[i].Select(o => question.OptionText(o - '0')).ToList()));
            if (attempt.SubmittedAt is not null && round.HasEndedAt(clock.GetUtcNow().UtcDateTime))
            {
                var chosen = attempt.Answers is { } answers && i < answers.Length && answers[i] != '-' ? question.OptionText(answers[i] - 'A') : null;
                review.Add(new AnswerReview(i + 1, question.Text, chosen, question.OptionText(question.CorrectOption), question.Explanation));
            }
        }
        return new AttemptSheet(contest, round, attempt, participant, questions, review) { Bank = bank, Drawn = [.. ids.Zip(orders)] };
    }

    /// <summary>Whether an attempt can take no more answers: submitted, ended, or past its deadline and the grace after it.</summary>
    public bool IsOver(AttemptSheet sheet) =>
        sheet.IsSubmitted || sheet.Attempt.OpenFor is null || sheet.Attempt.HasRunOut(clock.GetUtcNow().UtcDateTime, options.Value.GraceSeconds);

    /// <summary>Grades a sheet: <paramref name="posted"/> holds, by <see cref="AnswerField"/>, the place of the chosen option as shown.</summary>
    public async Task<SubmissionOutcome> SubmitAsync(AttemptSheet sheet, IReadOnlyDictionary<string, string> posted, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = sheet.Attempt;
        if (attempt.SubmittedAt is not null || attempt.OpenFor is null)
        {
            return SubmissionOutcome.Of(attempt.SubmittedAt is not null ? SubmissionResult.AlreadySubmitted : SubmissionResult.Late);
        }
        if (attempt.HasRunOut(now, options.Value.GraceSeconds))
        {
            // Past the time, the attempt ends unscored; whichever request gets here first ends it.
            await db.ContestAttempts.Where(a => a.Id == attempt.Id && a.SubmittedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.OpenFor, (int?)null).SetProperty(a => a.SubmittedAt, now), cancellationToken);
            return SubmissionOutcome.Of(SubmissionResult.Late);
        }
        int? prediction = null;
        if (sheet.Contest.AsksPrediction)
        {
            if (!int.TryParse(posted.GetValueOrDefault(PredictionField)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var guessed) || guessed > MaxPrediction)
            {
                return new(SubmissionResult.Invalid, FieldErrors.Of(PredictionField, "Xin nhập số người bạn dự đoán (một số nguyên, ví dụ 1250)."));
            }
            prediction = guessed;
        }
        var drawn = sheet.Drawn;
        var answers = new char[drawn.Count];
        var score = 0;
        for (var i = 0; i < drawn.Count; i++)
        {
            answers[i] = '-';
            if (int.TryParse(posted.GetValueOrDefault(AnswerField(i + 1)), NumberStyles.None, CultureInfo.InvariantCulture, out var shown) && shown < ContestQuestion.OptionCount)
            {
                var option = drawn[i].OptionOrder[shown] - '0';
                answers[i] = ContestQuestion.Letter(option);
                if (sheet.Bank.TryGetValue(drawn[i].QuestionId, out var question) && question.CorrectOption == option)
                {
                    score++;
                }
            }
        }
        var used = (int)Math.Min((now - attempt.StartedAt).TotalMilliseconds, (attempt.DeadlineAt - attempt.StartedAt).TotalMilliseconds);
        var written = await SqliteWriteQueue.RunAsync(db, () => db.ContestAttempts.Where(a => a.Id == attempt.Id && a.SubmittedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.OpenFor, (int?)null)
            .SetProperty(a => a.SubmittedAt, now)
            .SetProperty(a => a.Answers, new string(answers))
            .SetProperty(a => a.Prediction, prediction)
            .SetProperty(a => a.Score, score)
            .SetProperty(a => a.IsPerfect, score == drawn.Count)
            .SetProperty(a => a.TimeUsedMs, used), cancellationToken), cancellationToken);
        return SubmissionOutcome.Of(written == 1 ? SubmissionResult.Counted : SubmissionResult.AlreadySubmitted);
    }
}
