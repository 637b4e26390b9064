namespace TuyenGiao.Captcha;

public enum CaptchaVerdict
{
    Passed,
    /// <summary>Nothing typed in the answer box.</summary>
    Missing,
    Wrong,
    /// <summary>Expired, already used, or never issued: the reader needs a new one.</summary>
    Stale,
}

/// <summary>What checking an answer found, and when the challenge was shown (to time the form's filling).</summary>
public sealed record CaptchaCheck(CaptchaVerdict Verdict, DateTime? IssuedAt)
{
    public bool Passed => Verdict == CaptchaVerdict.Passed;
}
