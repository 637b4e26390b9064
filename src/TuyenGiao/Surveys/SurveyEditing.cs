using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Surveys;

/// <summary>The editors' surveys: write, change, remove. Questions are fixed once the first response has come.</summary>
public sealed class SurveyEditing(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public static string QuestionField(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(SurveyFields.Questions)}[{index}].{property}");

    public Task<List<Survey>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().OrderByDescending(s => s.OpensAt).ThenByDescending(s => s.Id).ToListAsync(cancellationToken);

    public Task<Survey?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Order)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<EditResult<Survey>> SaveAsync(int? id, SurveyFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var survey = id is { } existing
            ? await db.Surveys.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == existing, cancellationToken)
            : null;
        if (id is not null && survey is null)
        {
            return EditResult<Survey>.NotFound;
        }
        var questionsFixed = survey is { ResponseCount: > 0 };
        var errors = Check(fields, checkQuestions: !questionsFixed);
        if (!errors.IsEmpty)
        {
            return EditResult<Survey>.Invalid(errors);
        }
        if (survey is null)
        {
            survey = new Survey { Title = "", Slug = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Surveys.Add(survey);
        }
        survey.Title = fields.Title.Trim();
        survey.Slug = Text.Slug.FromTitle(survey.Title);
        survey.Description = fields.Description.Trim();
        survey.OpensAt = ShowingDays.StartUtc(fields.OpensOn!.Value);
        survey.ClosesAt = fields.ClosesOn is { } closesOn ? ShowingDays.EndUtc(closesOn) : null;
        survey.IsPublished = fields.IsPublished;
        if (!questionsFixed)
        {
            survey.Questions.Clear();
            var order = 0;
            foreach (var question in fields.Questions.Where(q => !q.IsBlank))
            {
                survey.Questions.Add(new SurveyQuestion
                {
                    Order = ++order,
                    Text = question.Text.Trim(),
                    Kind = question.Kind,
                    IsRequired = question.IsRequired,
                    Choices = question.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice
                        ? string.Join('\n', ChoiceLines.Split(question.Choices))
                        : "",
                });
            }
        }
        audit.Record(actor, id is null ? "Thêm khảo sát" : "Sửa khảo sát", AuditRecordTypes.Survey, id, survey.Title);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Survey>.Saved(survey);
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Answers first: they also name their question, which goes with the survey. Then questions and responses by cascade.
        await db.SurveyAnswers.Where(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == id)).ExecuteDeleteAsync(cancellationToken);
        db.Surveys.Remove(survey);
        audit.Record(actor, "Xóa khảo sát", AuditRecordTypes.Survey, id, survey.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static FieldErrors Check(SurveyFields fields, bool checkQuestions)
    {
        var errors = new FieldErrors();
        TextLimits.Check(errors, nameof(SurveyFields.Title), fields.Title, Survey.TitleMaxLength, "tên khảo sát");
        if (!errors.Has(nameof(SurveyFields.Title)) && Text.Slug.FromTitle(fields.Title).Length == 0)
        {
            errors[nameof(SurveyFields.Title)] = "Tên khảo sát cần có ít nhất một chữ hoặc số.";
        }
        TextLimits.Check(errors, nameof(SurveyFields.Description), fields.Description, Survey.DescriptionMaxLength, "lời giới thiệu", required: false);
        ShowingDays.Check(errors, nameof(SurveyFields.OpensOn), nameof(SurveyFields.ClosesOn), fields.OpensOn, fields.ClosesOn);
        if (!checkQuestions)
        {
            return errors;
        }
        var asked = fields.Questions.Count(q => !q.IsBlank);
        if (asked == 0)
        {
            errors[nameof(SurveyFields.Questions)] = "Vui lòng nhập ít nhất một câu hỏi.";
        }
        else if (asked > Survey.MaxQuestions)
        {
            errors[nameof(SurveyFields.Questions)] = $"Một khảo sát có tối đa {Survey.MaxQuestions} câu hỏi (hiện có {asked}).";
        }
        for (var i = 0; i < fields.Questions.Count; i++)
        {
            var question = fields.Questions[i];
            if (question.IsBlank)
            {
                continue;
            }
            if (question.Text.Trim().Length > SurveyQuestion.TextMaxLength)
            {
                errors[QuestionField(i, nameof(SurveyQuestionFields.Text))] = $"Câu hỏi dài tối đa {SurveyQuestion.TextMaxLength} ký tự.";
            }
            if (!Enum.IsDefined(question.Kind))
            {
                errors[QuestionField(i, nameof(SurveyQuestionFields.Kind))] = "Vui lòng chọn kiểu trả lời.";
            }
            else if (question.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice)
            {
                errors[QuestionField(i, nameof(SurveyQuestionFields.Choices))] =
                    ChoiceLines.Problem(ChoiceLines.Split(question.Choices), 2, SurveyQuestion.MaxChoices, SurveyQuestion.ChoiceMaxLength);
            }
        }
        return errors;
    }
}
