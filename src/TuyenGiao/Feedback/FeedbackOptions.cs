using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Feedback;

/// <summary>The feedback forms' defences (<c>Feedback</c>).</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>People need more than a few seconds to read a captcha and type a message; scripts do not.</summary>
    [Range(0, 3_600, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int MinimumFillSeconds { get; set; } = 4;

    [Range(1, 100_000, ErrorMessage = "phải là số lần gửi từ {1} đến {2}.")]
    public int SubmissionsPerWindow { get; set; } = 10;

    [Range(1, 100_000, ErrorMessage = "phải là số mã kiểm tra từ {1} đến {2}.")]
    public int ChallengesPerWindow { get; set; } = 60;

    [Range(1, 86_400, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int RateWindowSeconds { get; set; } = 600;
}
