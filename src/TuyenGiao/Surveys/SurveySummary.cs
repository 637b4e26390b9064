using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Surveys;

/// <summary>A question's answers counted: each choice or point of the scale with how many chose it, or the latest words typed.</summary>
public sealed record QuestionSummary(
    SurveyQuestion Question, long Answered, IReadOnlyList<(string Label, long Count)> Counts, double? Mean, IReadOnlyList<string> LatestTexts)
{
    /// <summary>A count's share of those who answered this question, in whole percent.</summary>
    public int PercentOf(long count) => Answered == 0 ? 0 : (int)Math.Round(count * 100.0 / Answered, MidpointRounding.AwayFromZero);
}

/// <summary>What the committee reads of a survey's responses: every question counted, in a few queries whatever the number of responses.</summary>
public sealed class SurveySummary(PortalDbContext db)
{
    public const int LatestTextsShown = 20;

    public async Task<IReadOnlyList<QuestionSummary>> OfAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        var questionIds = survey.Questions.Select(q => q.Id).ToList();
        var answers = db.SurveyAnswers.AsNoTracking().Where(a => questionIds.Contains(a.QuestionId));
        var counts = await answers.Where(a => a.Value != null)
            .GroupBy(a => new { a.QuestionId, a.Value })
            .Select(g => new { g.Key.QuestionId, Value = g.Key.Value!.Value, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var answered = await answers.GroupBy(a => a.QuestionId)
            .Select(g => new { QuestionId = g.Key, Responses = g.Select(a => a.ResponseId).Distinct().LongCount() })
            .ToDictionaryAsync(g => g.QuestionId, g => g.Responses, cancellationToken);

        var summaries = new List<QuestionSummary>();
        foreach (var question in survey.Questions.OrderBy(q => q.Order))
        {
            var mine = counts.Where(c => c.QuestionId == question.Id).ToDictionary(c => c.Value, c => c.Count);
            var total = answered.GetValueOrDefault(question.Id);
            switch (question.Kind)
            {
                case SurveyQuestionKind.FreeText:
                    var latest = await answers.Where(a => a.QuestionId == question.Id && a.Text != null)
                        .OrderByDescending(a => a.Id).Take(LatestTextsShown).Select(a => a.Text!).ToListAsync(cancellationToken);
                    summaries.Add(new QuestionSummary(question, total, [], null, latest));
                    break;
                case SurveyQuestionKind.Scale:
                    var points = Enumerable.Range(1, SurveyQuestion.ScaleMax).Select(p => (p.ToString(System.Globalization.CultureInfo.InvariantCulture), mine.GetValueOrDefault(p))).ToList();
                    double? mean = total == 0 ? null : mine.Sum(m => m.Key * (double)m.Value) / total;
                    summaries.Add(new QuestionSummary(question, total, points, mean, []));
                    break;
                default:
                    var choices = question.ChoiceList().Select((text, position) => (text, mine.GetValueOrDefault(position))).ToList();
                    summaries.Add(new QuestionSummary(question, total, choices, null, []));
                    break;
            }
        }
        return summaries;
    }
}
