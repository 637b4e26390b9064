using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Contests;

/// <summary>
/// A contest's questions, written one by one in the newsroom. Once anyone has taken the contest a question
/// may be reworded but not removed, nor its answer changed: the scores already given rest on it.
/// </summary>
public sealed class QuestionBank(PortalDbContext db, AuditLog audit)
{
    public const int PageSize = 50;

    public async Task<Paged<ContestQuestion>> PageAsync(int contestId, int page, CancellationToken cancellationToken = default)
    {
        var questions = db.ContestQuestions.AsNoTracking().Where(q => q.ContestId == contestId);
        var total = await questions.CountAsync(cancellationToken);
        var items = await questions.OrderBy(q => q.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Paged<ContestQuestion>(items, page, PageSize, total);
    }

    public Task<ContestQuestion?> FindAsync(int contestId, int id, CancellationToken cancellationToken = default) =>
        db.ContestQuestions.AsNoTracking().FirstOrDefaultAsync(q => q.ContestId == contestId && q.Id == id, cancellationToken);

    /// <summary>A question from what was typed or read, or what is wrong with it, under the fields' names.</summary>
    public static (ContestQuestion? Question, FieldErrors Errors) Read(QuestionFields fields)
    {
        var errors = new FieldErrors();
        TextLimits.Check(errors, nameof(QuestionFields.Text), fields.Text, ContestQuestion.TextMaxLength, "nội dung câu hỏi");
        TextLimits.Check(errors, nameof(QuestionFields.OptionA), fields.OptionA, ContestQuestion.OptionMaxLength, "phương án A");
        TextLimits.Check(errors, nameof(QuestionFields.OptionB), fields.OptionB, ContestQuestion.OptionMaxLength, "phương án B");
        TextLimits.Check(errors, nameof(QuestionFields.OptionC), fields.OptionC, ContestQuestion.OptionMaxLength, "phương án C");
        TextLimits.Check(errors, nameof(QuestionFields.OptionD), fields.OptionD, ContestQuestion.OptionMaxLength, "phương án D");
        TextLimits.Check(errors, nameof(QuestionFields.Explanation), fields.Explanation, ContestQuestion.ExplanationMaxLength, "giải thích", required: false);
        var answer = (fields.CorrectOption ?? "").Trim().ToUpperInvariant();
        if (answer is not ("A" or "B" or "C" or "D"))
        {
            errors[nameof(QuestionFields.CorrectOption)] = "Đáp án đúng phải là một trong A, B, C, D.";
        }
        var options = new[] { fields.OptionA, fields.OptionB, fields.OptionC, fields.OptionD }.Select(o => (o ?? "").Trim()).ToList();
        if (errors.IsEmpty && options.Distinct(StringComparer.OrdinalIgnoreCase).Count() < ContestQuestion.OptionCount)
        {
            errors[nameof(QuestionFields.OptionD)] = "Bốn phương án phải khác nhau.";
        }
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        return (new ContestQuestion
        {
            Text = fields.Text.Trim(),
            OptionA = options[0],
            OptionB = options[1],
            OptionC = options[2],
            OptionD = options[3],
            CorrectOption = answer[0] - 'A',
            Explanation = (fields.Explanation ?? "").Trim(),
        }, FieldErrors.None);
    }

    /// <summary>Adds a question (no id) or saves one.</summary>
    public async Task<FieldErrors> SaveAsync(int contestId, int? id, QuestionFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var (read, errors) = Read(fields);
        if (read is null)
        {
            return errors;
        }
        var question = id is { } existing ? await db.ContestQuestions.FirstOrDefaultAsync(q => q.ContestId == contestId && q.Id == existing, cancellationToken) : null;
        if (id is not null && question is null)
        {
            return FieldErrors.Of(FieldErrors.WholeForm, "Câu hỏi này không còn tồn tại.");
        }
        if (question is not null && question.CorrectOption != read.CorrectOption && await TakenAsync(contestId, cancellationToken))
        {
            return FieldErrors.Of(nameof(QuestionFields.CorrectOption), "Đã có người dự thi: không đổi được đáp án, vì điểm đã chấm dựa trên đáp án này.");
        }
        if (question is null)
        {
            question = read;
            question.ContestId = contestId;
            db.ContestQuestions.Add(question);
        }
        else
        {
            question.Text = read.Text;
            question.OptionA = read.OptionA;
            question.OptionB = read.OptionB;
            question.OptionC = read.OptionC;
            question.OptionD = read.OptionD;
            question.CorrectOption = read.CorrectOption;
            question.Explanation = read.Explanation;
        }
        audit.Record(actor, id is null ? "Thêm câu hỏi thi" : "Sửa câu hỏi thi", AuditRecordTypes.Contest, contestId, Shorten(read.Text));
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }

    public async Task<string?> DeleteAsync(int contestId, int id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await TakenAsync(contestId, cancellationToken))
        {
            return "Đã có người dự thi: câu hỏi không xóa được, chỉ sửa được câu chữ.";
        }
        var question = await db.ContestQuestions.FirstOrDefaultAsync(q => q.ContestId == contestId && q.Id == id, cancellationToken);
        if (question is null)
        {
            return "Câu hỏi này không còn tồn tại.";
        }
        db.ContestQuestions.Remove(question);
        audit.Record(actor, "Xóa câu hỏi thi", AuditRecordTypes.Contest, contestId, Shorten(question.Text));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds every question read from a spreadsheet, in one save.</summary>
    internal async Task AddAllAsync(int contestId, IReadOnlyList<ContestQuestion> questions, Actor actor, CancellationToken cancellationToken)
    {
        foreach (var question in questions)
        {
            question.ContestId = contestId;
        }
        db.ContestQuestions.AddRange(questions);
        audit.Record(actor, $"Nhập {questions.Count} câu hỏi thi từ tệp Excel", AuditRecordTypes.Contest, contestId, $"{questions.Count} câu hỏi");
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<bool> TakenAsync(int contestId, CancellationToken cancellationToken) =>
        db.ContestAttempts.AnyAsync(a => db.ContestRounds.Any(r => r.Id == a.RoundId && r.ContestId == contestId), cancellationToken);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
