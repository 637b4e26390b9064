using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Web.Areas.Admin.Pages.Captcha;

/// <summary>A new question as typed; the rules are <see cref="TuyenGiao.Captcha.CaptchaQuestionPool"/>'s.</summary>
public sealed class QuestionForm
{
    [Display(Name = "Câu hỏi")]
    public string? Question { get; set; }

    [Display(Name = "Đáp án được chấp nhận (nhiều đáp án thì ngăn cách bằng dấu |)")]
    public string? Answers { get; set; }
}
