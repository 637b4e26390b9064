namespace TuyenGiao.Videos;

/// <summary>What the video form sends.</summary>
/// <param name="Title">The film's name.</param>
/// <param name="DescriptionMarkdown">Its introduction, in Markdown.</param>
/// <param name="Date">The film's date.</param>
/// <param name="Duration">As typed: "12:30" or "1:02:03"; empty when unknown.</param>
/// <param name="YouTubeAddress">A YouTube link, when the film is on YouTube rather than uploaded.</param>
/// <param name="PosterUrl">An uploaded image shown before the film plays.</param>
public sealed record VideoFields(
    string Title,
    string DescriptionMarkdown,
    DateOnly Date,
    string? Duration,
    string? YouTubeAddress,
    string? PosterUrl);
