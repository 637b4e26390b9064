using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Counters;
using TuyenGiao.Data;
using TuyenGiao.Feedback;
using TuyenGiao.Validation;

namespace TuyenGiao.Surveys;

public enum ResponseResult
{
    Stored,
    AlreadyAnswered,
    NotOpen,
    NotFound,
    Invalid,
}

/// <summary>How a response went; for <see cref="ResponseResult.Invalid"/>, a message beside each question that needs one.</summary>
public sealed record ResponseOutcome(ResponseResult Result, FieldErrors Errors)
{
    public static ResponseOutcome Of(ResponseResult result) => new(result, FieldErrors.None);
}

/// <summary>
/// A reader's response: every answer checked against its question, then the response, its answers and the
/// survey's count written in one transaction. The key is unique per survey, so one reader's second response
/// (a double tap, a second instance) is refused, never counted.
/// </summary>
public sealed class SurveyResponses(PortalDbContext db, ReaderKeys keys)
{
    private const string Section = "survey";

    /// <summary>The field a question's answer is posted as, and its message is shown beside.</summary>
    public static string AnswerField(int questionId) => string.Create(CultureInfo.InvariantCulture, $"q{questionId}");

    /// <summary>Free text is held to the feedback form's limit.</summary>
    public const int TextMaxLength = FeedbackMessage.BodyMaxLength;

    public async Task<ResponseOutcome> SubmitAsync(
        Survey survey, IReadOnlyDictionary<string, IReadOnlyList<string>> posted, string readerId, DateTime utcNow, CancellationToken cancellationToken = default)
    {
        if (!survey.IsOpenAt(utcNow))
        {
            return ResponseOutcome.Of(ResponseResult.NotOpen);
        }
        var errors = new FieldErrors();
        var answers = new List<SurveyAnswer>();
        foreach (var question in survey.Questions)
        {
            var field = AnswerField(question.Id);
            var values = posted.GetValueOrDefault(field) ?? [];
            errors[field] = Read(question, values, answers);
        }
        if (!errors.IsEmpty)
        {
            return new(ResponseResult.Invalid, errors);
        }
        var key = await keys.ForAsync(Section, survey.Id, readerId);
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id && r.ReaderKey == key, cancellationToken))
        {
            return ResponseOutcome.Of(ResponseResult.AlreadyAnswered);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SurveyResponses.Add(new SurveyResponse { SurveyId = survey.Id, ReaderKey = key, SubmittedAt = utcNow, Answers = answers });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique key: this reader's other response was stored a moment ago.
            db.ChangeTracker.Clear();
            return ResponseOutcome.Of(ResponseResult.AlreadyAnswered);
        }
        await db.Surveys.Where(s => s.Id == survey.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ResponseCount, s => s.ResponseCount + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ResponseOutcome.Of(ResponseResult.Stored);
    }

    public async Task<bool> HasAnsweredAsync(int surveyId, string readerId, CancellationToken cancellationToken = default)
    {
        var key = await keys.ForAsync(Section, surveyId, readerId);
        return await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId && r.ReaderKey == key, cancellationToken);
    }

    /// <summary>Adds a question's answer to <paramref name="answers"/>; or says what is wrong with it.</summary>
    private static string? Read(SurveyQuestion question, IReadOnlyList<string> values, List<SurveyAnswer> answers)
    {
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (given.Count == 0)
        {
            return question.IsRequired ? (question.Kind == SurveyQuestionKind.FreeText ? "Vui lòng trả lời câu hỏi này." : "Vui lòng chọn câu trả lời.") : null;
        }
        switch (question.Kind)
        {
            case SurveyQuestionKind.FreeText:
                var text = string.Join("\n", given).Trim();
                if (text.Length > TextMaxLength)
                {
                    return $"Câu trả lời dài tối đa {TextMaxLength.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự (hiện có {text.Length.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}).";
                }
                answers.Add(new SurveyAnswer { QuestionId = question.Id, Text = text });
                return null;
            case SurveyQuestionKind.Scale:
                if (given.Count != 1 || !int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var point) || point is < 1 or > SurveyQuestion.ScaleMax)
                {
                    return $"Vui lòng chọn một mức từ 1 đến {SurveyQuestion.ScaleMax}.";
                }
                answers.Add(new SurveyAnswer { QuestionId = question.Id, Value = point });
                return null;
            default:
                var choices = question.ChoiceList().Count;
                var positions = new HashSet<int>();
                foreach (var value in given)
                {
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 0 || position >= choices)
                    {
                        return "Lựa chọn này không có trong câu hỏi. Vui lòng chọn lại.";
                    }
                    positions.Add(position);
                }
                if (question.Kind == SurveyQuestionKind.SingleChoice && positions.Count > 1)
                {
                    return "Câu hỏi này chỉ chọn một câu trả lời.";
                }
                answers.AddRange(positions.Order().Select(p => new SurveyAnswer { QuestionId = question.Id, Value = p }));
                return null;
        }
    }
}
