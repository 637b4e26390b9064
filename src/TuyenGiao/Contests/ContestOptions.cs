using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Contests;

/// <summary>The contests' settings (<c>Contests</c>).</summary>
public sealed class ContestOptions
{
    public const string Section = "Contests";

    /// <summary>A captcha before each attempt. Off only where the site is not on the open internet, or to measure the rest (bench/quiz.sh).</summary>
    public bool CaptchaRequired { get; set; } = true;

    /// <summary>What a submission may arrive after the deadline and still count: the network between a phone and the server.</summary>
    [Range(0, 120, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int GraceSeconds { get; set; } = 15;

    /// <summary>Attempts one address may start per window (then 429): a school's computer room shares one address.</summary>
    [Range(1, 1_000_000, ErrorMessage = "phải là số lượt từ {1} đến {2}.")]
    public int StartsPerAddressPerWindow { get; set; } = 600;

    [Range(1, 86_400, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int RateWindowSeconds { get; set; } = 600;
}
