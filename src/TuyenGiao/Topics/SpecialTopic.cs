namespace TuyenGiao.Topics;

/// <summary>
/// A special topic ("Chuyên đề": "Kỷ niệm 115 năm thành lập tỉnh"…): articles from any category that editors
/// tick, with a page at /chuyen-de/{slug}, a feed, a banner, and the days it runs. While it runs, the home
/// page shows it as a block; its page stays afterwards as an archive.
/// </summary>
public class SpecialTopic
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 5000;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string DescriptionMarkdown { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";

    /// <summary>The topic's banner, an image of the media library shown atop its page and its home block.</summary>
    public string? BannerImageUrl { get; set; }

    /// <summary>UTC; 00:00 in Vietnam of its first day.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC, exclusive; 00:00 in Vietnam of the day after its last. Null: runs on.</summary>
    public DateTime? EndsAt { get; set; }

    public bool IsPublished { get; set; }

    public bool RunsAt(DateTime utcNow) => IsPublished && Time.ShowingDays.Covers(StartsAt, EndsAt, utcNow);
}

/// <summary>An article ticked into a special topic.</summary>
public class TopicArticle
{
    public int TopicId { get; set; }
    public int ArticleId { get; set; }
}
