namespace TuyenGiao.Audit;

/// <summary>Who did something: a newsroom account, or the site itself (a scheduled publication).</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static Actor System { get; } = new(null, "Hệ thống");
}
