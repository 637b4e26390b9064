using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Surveys;

/// <summary>How many responses one address may send (<c>Surveys</c>); one per reader is kept by their key.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>An agency's staff answer from one address; a script sending hundreds does not get through.</summary>
    [Range(1, 1_000_000, ErrorMessage = "phải là số lượt trả lời từ {1} đến {2}.")]
    public int ResponsesPerAddressPerWindow { get; set; } = 60;

    [Range(1, 86_400, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int RateWindowSeconds { get; set; } = 600;
}
