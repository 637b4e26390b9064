namespace TuyenGiao.Topics;

/// <summary>What the topic form sends; the banner comes as an upload beside it.</summary>
public sealed record TopicFields(string Name, string? Slug, string DescriptionMarkdown, DateOnly? StartsOn, DateOnly? EndsOn, bool IsPublished, bool RemoveBanner);
