using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Polls;

/// <summary>How many votes one address may send (<c>Polls</c>): one per reader is kept by their key; this stops a script.</summary>
public sealed class PollOptions
{
    public const string Section = "Polls";

    /// <summary>Generous: the staff of an agency or a school share one address and vote in the same hour.</summary>
    [Range(1, 1_000_000, ErrorMessage = "phải là số lượt bình chọn từ {1} đến {2}.")]
    public int VotesPerAddressPerWindow { get; set; } = 120;

    [Range(1, 86_400, ErrorMessage = "phải là số giây từ {1} đến {2}.")]
    public int RateWindowSeconds { get; set; } = 600;
}
