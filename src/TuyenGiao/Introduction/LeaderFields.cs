namespace TuyenGiao.Introduction;

/// <summary>What the leader form sends; the photo comes as an upload beside it.</summary>
public sealed record LeaderFields(string Name, string Position, string? EnglishPosition, string? Phone, string? Email, bool RemovePhoto);
