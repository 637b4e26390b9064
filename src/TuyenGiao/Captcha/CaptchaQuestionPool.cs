using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Captcha;

/// <summary>The admins' side of the question pool: list, add, remove. Each change is audited in the same save.</summary>
public sealed class CaptchaQuestionPool(PortalDbContext db, AuditLog audit)
{
    public const int MaxAnswers = 6;

    public Task<List<CaptchaQuestion>> AllAsync(CancellationToken cancellationToken = default) =>
        db.CaptchaQuestions.AsNoTracking().OrderBy(q => q.Id).ToListAsync(cancellationToken);

    /// <summary>Adds a question; its field errors (<c>Question</c>, <c>Answers</c>) when it cannot be asked as written.</summary>
    public async Task<FieldErrors> AddAsync(string? question, string? answers, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var text = question?.Trim() ?? "";
        if (text.Length < 5 || text.Length > CaptchaQuestion.QuestionMaxLength)
        {
            errors[nameof(CaptchaQuestion.Question)] = $"Câu hỏi cần từ 5 đến {CaptchaQuestion.QuestionMaxLength} ký tự.";
        }
        var accepted = (answers ?? "").Split(CaptchaQuestion.AnswerSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (accepted.Length == 0 || accepted.Any(a => CaptchaAnswers.Folded(a).Length == 0))
        {
            errors[nameof(CaptchaQuestion.Answers)] = "Cần ít nhất một đáp án có chữ hoặc số; nhiều đáp án thì ngăn cách bằng dấu |, ví dụ: 7 | bảy.";
        }
        else if (accepted.Length > MaxAnswers || string.Join(" | ", accepted).Length > CaptchaQuestion.AnswersMaxLength)
        {
            errors[nameof(CaptchaQuestion.Answers)] = $"Tối đa {MaxAnswers} đáp án, tổng cộng {CaptchaQuestion.AnswersMaxLength} ký tự.";
        }
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var added = new CaptchaQuestion { Question = text, Answers = string.Join(" | ", accepted) };
        db.CaptchaQuestions.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "Thêm câu hỏi kiểm tra", AuditRecordTypes.CaptchaQuestion, added.Id, added.Question);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var question = await db.CaptchaQuestions.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return false;
        }
        db.CaptchaQuestions.Remove(question);
        audit.Record(actor, "Xóa câu hỏi kiểm tra", AuditRecordTypes.CaptchaQuestion, id, question.Question);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
