namespace TuyenGiao.Introduction;

/// <summary>One of the board's leaders, as "Lãnh đạo Ban" lists them: photo, position and how to reach them.</summary>
public class Leader : Content.IOrderedRow
{
    public const int NameMaxLength = 150;
    public const int PositionMaxLength = 200;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>"Trưởng ban", "Phó Trưởng ban Thường trực"…</summary>
    public required string Position { get; set; }

    /// <summary>The position in English, for the English version of the page.</summary>
    public string? EnglishPosition { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>An image of the media library (<c>/media/…</c>), or none.</summary>
    public string? PhotoUrl { get; set; }

    /// <summary>The admin's order: 1, 2, 3…</summary>
    public int Order { get; set; }
}
