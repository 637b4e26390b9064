using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Articles;
using TuyenGiao.Captcha;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Feedback;

/// <summary>
/// Takes a citizen's message in: checks the fields, the captcha, the honeypot and how fast the form was
/// filled, and stores it before anyone is told it arrived.
/// </summary>
public sealed class FeedbackIntake(PortalDbContext db, Captchas captchas, TimeProvider clock, IOptions<FeedbackOptions> options)
{
    private readonly TimeSpan _minimumFillTime = TimeSpan.FromSeconds(options.Value.MinimumFillSeconds);

    public async Task<FeedbackOutcome> SubmitAsync(FeedbackSubmission submission, CancellationToken cancellationToken = default)
    {
        var errors = CheckFields(submission);
        // Checked even when a field is wrong, so all problems show at once; the challenge is used up either way.
        var captcha = await captchas.CheckAsync(submission.ChallengeId, submission.CaptchaAnswer, cancellationToken);
        if (CaptchaError(captcha.Verdict) is { } captchaError)
        {
            errors[nameof(FeedbackSubmission.CaptchaAnswer)] = captchaError;
        }
        if (!string.IsNullOrEmpty(submission.Website))
        {
            errors[FieldErrors.WholeForm] = "Không gửi được: ô “Để trống ô này” phải để trống. Nếu bạn tự điền vào ô đó, xin xóa đi rồi gửi lại.";
        }
        else if (captcha.Passed && clock.GetUtcNow().UtcDateTime - captcha.IssuedAt < _minimumFillTime)
        {
            errors[FieldErrors.WholeForm] = "Phản hồi được gửi quá nhanh so với thời gian cần để điền. Xin kiểm tra lại nội dung, nhập mã kiểm tra mới rồi gửi lại.";
        }
        if (!errors.IsEmpty)
        {
            return new FeedbackOutcome(null, errors);
        }

        var message = new FeedbackMessage
        {
            ArticleId = await LinkableArticleAsync(submission.ArticleId, cancellationToken),
            Name = submission.Name!.Trim(),
            Email = submission.Email!.Trim(),
            Subject = submission.Subject?.Trim() ?? "",
            Body = submission.Body!.Trim(),
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        };
        message.FoldForSearch();
        db.FeedbackMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return new FeedbackOutcome(message.Id, errors);
    }

    /// <summary>
    /// The article the message is about, if it is still published. An article taken down while the reader
    /// was typing does not cost them their message: it arrives as a general one.
    /// </summary>
    private async Task<int?> LinkableArticleAsync(int? articleId, CancellationToken cancellationToken) =>
        articleId is { } id && await db.Articles.AnyAsync(a => a.Id == id && a.Status == ArticleStatus.Published, cancellationToken)
            ? id
            : null;

    private static FieldErrors CheckFields(FeedbackSubmission submission)
    {
        var errors = new FieldErrors();
        void Check(string field, string? value, bool required, int maxLength, string label)
        {
            var length = value?.Trim().Length ?? 0;
            if (required && length == 0)
            {
                errors[field] = $"Xin nhập {label}.";
            }
            else if (length > maxLength)
            {
                errors[field] = $"{char.ToUpper(label[0], CultureInfo.InvariantCulture)}{label[1..]} dài tối đa {maxLength.ToString("N0", Vietnamese)} ký tự (hiện có {length.ToString("N0", Vietnamese)}).";
            }
        }
        Check(nameof(FeedbackSubmission.Name), submission.Name, required: true, FeedbackMessage.NameMaxLength, "họ tên");
        Check(nameof(FeedbackSubmission.Email), submission.Email, required: true, FeedbackMessage.EmailMaxLength, "email");
        Check(nameof(FeedbackSubmission.Subject), submission.Subject, required: false, FeedbackMessage.SubjectMaxLength, "tiêu đề");
        Check(nameof(FeedbackSubmission.Body), submission.Body, required: true, FeedbackMessage.BodyMaxLength, "nội dung");
        if (!errors.Has(nameof(FeedbackSubmission.Email)) && !LooksLikeEmail(submission.Email!.Trim()))
        {
            errors[nameof(FeedbackSubmission.Email)] = "Email chưa đúng dạng, ví dụ đúng: nguyenvana@gmail.com.";
        }
        return errors;
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>One address with a dotted domain: what the newsroom can actually write back to.</summary>
    private static bool LooksLikeEmail(string email) =>
        MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    private static string? CaptchaError(CaptchaVerdict verdict) => verdict switch
    {
        CaptchaVerdict.Passed => null,
        CaptchaVerdict.Missing => "Xin nhập mã kiểm tra.",
        CaptchaVerdict.Wrong => "Mã kiểm tra chưa đúng. Xin nhập mã mới bên dưới.",
        _ => "Mã kiểm tra đã hết hạn hoặc đã được dùng. Xin nhập mã mới bên dưới.",
    };
}
